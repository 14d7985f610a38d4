package org.safetyportal.reporting.clusters;

import java.util.List;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Sector;

/** Public reports of one sector that cluster in one county lately, with the lessons that answer them. */
public record ReportCluster(Area county, Sector sector, int cases, List<Lesson> lessons) {

    public ReportCluster {
        lessons = List.copyOf(lessons);
    }
}

package org.safetyportal.content.completeness;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Who has published what, for one year as of one day: every department with safety duties in directory
 * order, those that published nothing included.
 */
public record CompletenessReport(int year, LocalDate asOf, List<DepartmentCompleteness> departments) {

    public CompletenessReport {
        departments = List.copyOf(departments);
    }

    public long count(Predicate<DepartmentCompleteness> which) {
        return departments.stream().filter(which).count();
    }

    public long complete() {
        return count(DepartmentCompleteness::listsComplete);
    }

    public long withOverdue() {
        return count(DepartmentCompleteness::hasOverdue);
    }

    public long withNothing() {
        return count(DepartmentCompleteness::publishedNothing);
    }

    /** Departments the oversight minimum applies to and that fall short of it. */
    public long belowOversightMinimum() {
        return count(d -> !d.oversight().meetsMinimum());
    }

    /** The departments of one area (by its code), or all when {@code areaCode} is null. */
    public List<DepartmentCompleteness> inArea(String areaCode) {
        return areaCode == null ? departments
                : departments.stream().filter(d -> d.department().area().code().equals(areaCode)).toList();
    }
}

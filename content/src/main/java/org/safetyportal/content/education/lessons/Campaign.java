package org.safetyportal.content.education.lessons;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.safetyportal.content.LocalizedName;

/**
 * A campaign of the education calendar (安全生产月, 消防宣传月, 防灾减灾日, …), held every year on the
 * same days; the topics are those whose lessons it features.
 */
public record Campaign(String code, LocalizedName name, MonthDay starts, MonthDay ends, List<Topic> topics) {

    public Campaign {
        topics = List.copyOf(topics);
    }

    /** The campaign's days in the first year it ends on or after {@code day} (a campaign over New Year ends the year after it starts). */
    public CampaignDates around(LocalDate day) {
        for (int year = day.getYear() - 1; ; year++) {
            LocalDate start = starts.atYear(year);
            LocalDate end = ends.atYear(ends.isBefore(starts) ? year + 1 : year);
            if (!end.isBefore(day)) {
                return new CampaignDates(this, start, end);
            }
        }
    }
}

package org.safetyportal.content.completeness;

import java.util.List;
import org.safetyportal.content.organization.Department;

/** One department with safety duties: where each of its three lists stands, and how often it was overseen. */
public record DepartmentCompleteness(Department department, List<ListStanding> lists, OversightTally oversight) {

    public DepartmentCompleteness {
        lists = List.copyOf(lists);
    }

    /** Every list asked of it is in force. */
    public boolean listsComplete() {
        return lists.stream().allMatch(s -> s.state() == ListState.IN_FORCE || s.state() == ListState.NOT_EXPECTED);
    }

    public boolean hasOverdue() {
        return lists.stream().anyMatch(s -> s.state() == ListState.OVERDUE);
    }

    /** True when the department has published none of the lists asked of it. */
    public boolean publishedNothing() {
        return lists.stream().noneMatch(s -> s.state() == ListState.IN_FORCE);
    }
}

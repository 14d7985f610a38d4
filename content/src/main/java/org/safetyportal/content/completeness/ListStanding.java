package org.safetyportal.content.completeness;

import java.util.Optional;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;

/**
 * One list of one department for the year asked about: its state and the version that decides it: the
 * version in force, or, for an overdue annual list, the latest earlier year's (so the reader sees for
 * which year the department last published); none when nothing was ever published.
 */
public record ListStanding(ListType type, ListState state, ListVersion version) {

    public Optional<ListVersion> latest() {
        return Optional.ofNullable(version);
    }

    /** The year the shown version is current for; 0 for the lists without a year or when there is none. */
    public int year() {
        return version == null ? 0 : version.year();
    }
}

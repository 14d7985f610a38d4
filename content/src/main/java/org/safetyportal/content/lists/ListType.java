package org.safetyportal.content.lists;

import org.safetyportal.content.organization.Department;

/** 三清单: the list of powers, the list of responsibilities, and the annual key tasks. */
public enum ListType {
    POWER,
    RESPONSIBILITY,
    ANNUAL_TASKS;

    /** Annual lists are kept per year; the others have one running series of versions. */
    public boolean isAnnual() {
        return this == ANNUAL_TASKS;
    }

    /**
     * The bundle key of the list's title as its publisher publishes it: the 责任清单 of an area
     * government is the safety responsibility list of its 党政领导干部.
     */
    public String titleKey(Department publisher) {
        return "lists.type." + name() + (this == RESPONSIBILITY && publisher.isGovernment() ? ".government" : "");
    }
}

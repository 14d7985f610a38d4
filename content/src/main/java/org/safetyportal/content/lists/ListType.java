package org.safetyportal.content.lists;

/** 三清单: the list of powers, the list of responsibilities, and the annual key tasks. */
public enum ListType {
    POWER,
    RESPONSIBILITY,
    ANNUAL_TASKS;

    /** Annual lists are kept per year; the others have one running series of versions. */
    public boolean isAnnual() {
        return this == ANNUAL_TASKS;
    }
}

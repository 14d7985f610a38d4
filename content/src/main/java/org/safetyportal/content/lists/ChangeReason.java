package org.safetyportal.content.lists;

/** Why a new version of a list was published. */
public enum ChangeReason {
    ANNUAL_UPDATE,
    LAW_CHANGE,
    REORGANISATION,
    CORRECTION
}

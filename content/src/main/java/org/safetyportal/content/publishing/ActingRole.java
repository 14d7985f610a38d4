package org.safetyportal.content.publishing;

/**
 * Who acted, as the open data (the API and the export files) names it: the role the action needed,
 * beside the department the record already names, never a staff member's user name. Every
 * publication in the registers is a department publisher's; approvals (a list version, an early
 * blacklist removal) are its reviewer's.
 */
public final class ActingRole {

    public static final String PUBLISHER = "PUBLISHER";
    public static final String REVIEWER = "REVIEWER";

    private ActingRole() {
    }
}

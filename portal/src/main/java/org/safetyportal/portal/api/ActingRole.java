package org.safetyportal.portal.api;

/**
 * Who acted, as the open data names it: the role the action needed, beside the department the answer
 * already names, never a staff member's user name. Every publication in the registers is a department
 * publisher's; approvals (a list version, an early blacklist removal) are its reviewer's.
 */
final class ActingRole {

    static final String PUBLISHER = "PUBLISHER";
    static final String REVIEWER = "REVIEWER";

    private ActingRole() {
    }
}

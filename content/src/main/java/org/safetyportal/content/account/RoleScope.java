package org.safetyportal.content.account;

/** Where a role is granted: city-wide, in one department, or in a department optionally narrowed to a county. */
public enum RoleScope {
    NONE,
    DEPARTMENT,
    DEPARTMENT_AREA
}

package org.safetyportal.content.account;

/**
 * One role held by one user, with its scope: the department (for publishers, reviewers and case
 * handlers) and optionally the county area (for case handlers). Null means "not narrowed".
 */
public record RoleGrant(String roleCode, Integer departmentId, Integer areaId) {

    public static RoleGrant cityWide(String roleCode) {
        return new RoleGrant(roleCode, null, null);
    }

    public static RoleGrant inDepartment(String roleCode, int departmentId) {
        return new RoleGrant(roleCode, departmentId, null);
    }

    /** Whether this grant reaches the given department and area (null area: the whole department). */
    public boolean covers(Integer departmentId, Integer areaId) {
        boolean departmentMatches = this.departmentId == null || this.departmentId.equals(departmentId);
        boolean areaMatches = this.areaId == null || this.areaId.equals(areaId);
        return departmentMatches && areaMatches;
    }
}

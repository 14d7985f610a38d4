package org.safetyportal.content.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safetyportal.content.AccessDeniedException;

/**
 * The signed-in member of staff on whose behalf a service acts. Services check permissions and
 * scope here themselves, so that hiding a button is never the only guard.
 */
public record Actor(String username, List<RoleGrant> grants, Map<String, Set<String>> permissionsByRole) {

    public static final String SYSTEM = "system";

    public Actor {
        grants = List.copyOf(grants);
        permissionsByRole = Map.copyOf(permissionsByRole);
    }

    public boolean isPermitted(String permission) {
        return grants.stream().anyMatch(grant -> grants(grant, permission));
    }

    /** Permitted for work belonging to this department (and county area, if the work has one). */
    public boolean isPermitted(String permission, Integer departmentId, Integer areaId) {
        return grants.stream().anyMatch(grant -> grants(grant, permission) && grant.covers(departmentId, areaId));
    }

    public void require(String permission) {
        if (!isPermitted(permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    public void require(String permission, Integer departmentId, Integer areaId) {
        if (!isPermitted(permission, departmentId, areaId)) {
            throw new AccessDeniedException(permission);
        }
    }

    public boolean hasRole(String roleCode) {
        return grants.stream().anyMatch(grant -> grant.roleCode().equals(roleCode));
    }

    private boolean grants(RoleGrant grant, String permission) {
        return permissionsByRole.getOrDefault(grant.roleCode(), Set.of()).contains(permission);
    }
}

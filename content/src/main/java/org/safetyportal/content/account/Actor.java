package org.safetyportal.content.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safetyportal.content.AccessDeniedException;

/**
 * The member of staff on whose behalf a service acts. Services check permissions and scope here
 * themselves, so that hiding a button is never the only guard.
 *
 * <p>An actor with {@code account} set stands for a staff account: the grants it carries are those
 * read when the page was opened, so every service action first replaces them with the account's
 * grants as they stand at that moment ({@link CurrentRights}). Only the portal's own built-in actors
 * (the demonstration staff) have no account and act with the grants given here.
 */
public record Actor(String username, List<RoleGrant> grants, Map<String, Set<String>> permissionsByRole, boolean account) {

    public static final String SYSTEM = "system";

    public Actor {
        grants = List.copyOf(grants);
        permissionsByRole = Map.copyOf(permissionsByRole);
    }

    /** A staff account's actor: its grants are checked again against the account at each action. */
    public Actor(String username, List<RoleGrant> grants, Map<String, Set<String>> permissionsByRole) {
        this(username, grants, permissionsByRole, true);
    }

    /** One of the portal's own actors (demonstration data), with no account behind it and fixed grants. */
    public static Actor builtIn(String username, List<RoleGrant> grants, Map<String, Set<String>> permissionsByRole) {
        return new Actor(username, grants, permissionsByRole, false);
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

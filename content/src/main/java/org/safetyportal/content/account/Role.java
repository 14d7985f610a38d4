package org.safetyportal.content.account;

import java.util.Set;

/** A role as defined in the database: its code, the scope it is granted in, and what it permits. */
public record Role(String code, RoleScope scope, Set<String> permissions) {

    public Role {
        permissions = Set.copyOf(permissions);
    }
}

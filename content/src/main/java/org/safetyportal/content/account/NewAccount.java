package org.safetyportal.content.account;

import java.util.List;

public record NewAccount(String username, String displayName, String password, List<RoleGrant> grants) {

    public NewAccount {
        grants = grants == null ? List.of() : List.copyOf(grants);
    }
}

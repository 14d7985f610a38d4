package org.safetyportal.portal.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.StaffAccount;
import org.safetyportal.portal.security.AccessControl;

/** Staff accounts for administrators' tools; needs a signed-in session with users:manage. */
@Controller("/api/admin/users")
class AdminUsersController {

    private final AccountService accounts;
    private final AccessControl accessControl;

    AdminUsersController(AccountService accounts, AccessControl accessControl) {
        this.accounts = accounts;
        this.accessControl = accessControl;
    }

    @Serdeable
    record UserJson(String username, String displayName, boolean enabled, List<String> roles) {
        static UserJson of(StaffAccount account) {
            return new UserJson(account.username(), account.displayName(), account.enabled(),
                    account.grants().stream().map(grant -> grant.roleCode()).toList());
        }
    }

    @Get
    List<UserJson> list() {
        if (!accessControl.isSignedIn()) {
            throw new NotSignedInException();
        }
        // The service checks users:manage itself and answers 403 through ApiErrors.
        return accounts.accounts(accessControl.actor()).stream().map(UserJson::of).toList();
    }
}

package org.safetyportal.content.account;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safetyportal.content.AccountDisabledException;

/**
 * The rights of a member of staff as they stand at the moment of an action. A page keeps the actor
 * it read when it was opened; an administrator may have disabled the account or taken a role away
 * since. Every service action therefore asks here first, inside its own transaction, and acts with
 * what this answers.
 */
@Singleton
public class CurrentRights {

    private final AccountRepository repository;

    CurrentRights(AccountRepository repository) {
        this.repository = repository;
    }

    /**
     * The actor with the account's grants as stored now. Refuses with {@link AccountDisabledException}
     * when the account is disabled or gone. The account's row stays locked until the surrounding
     * transaction ends, so that disabling the account or changing its roles waits for an action
     * already under way and every later action sees the change. Built-in actors pass unchanged.
     */
    public Actor of(Actor actor) {
        if (!actor.account()) {
            return actor;
        }
        StaffAccount account = repository.accountForAction(actor.username())
                .filter(StaffAccount::enabled)
                .orElseThrow(AccountDisabledException::new);
        Map<String, Set<String>> permissions = repository.roles().stream()
                .collect(Collectors.toMap(Role::code, Role::permissions));
        return new Actor(account.username(), account.grants(), permissions, true);
    }

    /** Whether a signed-in account may still act: it exists and is enabled. */
    public boolean isActive(String username) {
        return repository.account(username).map(StaffAccount::enabled).orElse(false);
    }
}

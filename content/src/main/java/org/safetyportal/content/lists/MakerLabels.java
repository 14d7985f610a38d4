package org.safetyportal.content.lists;

import java.util.ArrayList;
import java.util.List;
import org.safetyportal.content.account.Actor;

/**
 * The makers of a version as the public sees them: each staff account becomes {@code staff-1},
 * {@code staff-2}, ... in the order it first acted on the version, so a reader sees whether the drafter
 * also published (the four-eyes rule) without learning anyone's user name. The portal itself stays
 * {@value Actor#SYSTEM}; a step nobody took stays empty.
 */
final class MakerLabels {

    private final List<String> accounts = new ArrayList<>();

    String labelOf(String account) {
        if (account == null || Actor.SYSTEM.equals(account)) {
            return account;
        }
        int index = accounts.indexOf(account);
        if (index < 0) {
            accounts.add(account);
            index = accounts.size() - 1;
        }
        return "staff-" + (index + 1);
    }
}

package org.safetyportal.content.education.lessons;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.NewAccount;
import org.safetyportal.content.account.Role;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.seed.SeedTable;

/**
 * The demonstration pair of lesson editors ({@code seed/demo/lesson_editors.tsv}): real LESSON_EDITOR accounts, so
 * that the four-eyes rule can be shown with two people, each with a random password nobody is told (an administrator
 * sets one under 用户管理 to use them). Made once; an account that exists is left as it is.
 */
@Singleton
public class DemoLessonEditors {

    static final String EDITORS = "seed/demo/lesson_editors.tsv";
    static final String ROLE = "LESSON_EDITOR";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountService accounts;
    private final SecureRandom random = new SecureRandom();

    DemoLessonEditors(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Creates the editors that do not exist yet; answers how many were created. */
    public int createMissing() {
        int created = 0;
        for (Map<String, String> row : SeedTable.read(EDITORS).rows()) {
            String username = row.get("username");
            if (accounts.loginCredentials(username).isEmpty()) {
                accounts.createAccount(system(), new NewAccount(username, row.get("display_name"), unknownPassword(),
                        List.of(RoleGrant.cityWide(ROLE))));
                created++;
            }
        }
        return created;
    }

    private Actor system() {
        return Actor.builtIn(Actor.SYSTEM, List.of(RoleGrant.cityWide(AccountService.ADMINISTRATOR)),
                accounts.roles().stream().collect(Collectors.toMap(Role::code, Role::permissions)));
    }

    private String unknownPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}

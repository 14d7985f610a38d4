package org.safetyportal.content.seed;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * The two staff members who publish demonstration data, {@value #PUBLISHER} and {@value #REVIEWER}, as
 * a publisher or a reviewer of whichever department a seed row names. They act through the real
 * services with the roles' real permissions, so demo data passes every rule real data does.
 */
@Singleton
public class DemoStaff {

    public static final String PUBLISHER = "demo.publisher";
    public static final String REVIEWER = "demo.reviewer";

    private final AccountService accounts;
    private final OrganizationDirectory organization;

    DemoStaff(AccountService accounts, OrganizationDirectory organization) {
        this.accounts = accounts;
        this.organization = organization;
    }

    public Actor publisherOf(Department department) {
        return Actor.builtIn(PUBLISHER, List.of(RoleGrant.inDepartment("PUBLISHER", department.id())), permissions());
    }

    public Actor reviewerOf(Department department) {
        return Actor.builtIn(REVIEWER, List.of(RoleGrant.inDepartment("REVIEWER", department.id())), permissions());
    }

    /** The department a seed file names by code; a code that does not exist is a mistake in the seed file. */
    public Department department(String code, String seedFile) {
        return organization.department(code)
                .orElseThrow(() -> new IllegalStateException(seedFile + " names an unknown department " + code));
    }

    private Map<String, Set<String>> permissions() {
        Map<String, Set<String>> permissions = new LinkedHashMap<>();
        accounts.roles().forEach(role -> permissions.put(role.code(), role.permissions()));
        return permissions;
    }
}

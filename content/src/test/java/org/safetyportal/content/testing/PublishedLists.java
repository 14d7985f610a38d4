package org.safetyportal.content.testing;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.lists.ChangeReason;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListPublishing;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.ListVersionApproval;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * Publishes lists through the real four-eyes workflow for tests in any module: a publisher and a
 * reviewer of the department (as {@code DemoLists} does), draft, submit, approve.
 */
public final class PublishedLists {

    private final ApplicationContext context;

    public PublishedLists(ApplicationContext context) {
        this.context = context;
    }

    /** Publishes the next version of a department's list (department code such as {@code ZZ-EMERGENCY}). */
    public ListVersion publish(String departmentCode, ListType type, int year, LocalDate effective, List<ListItem> items) {
        int department = context.getBean(OrganizationDirectory.class).department(departmentCode).orElseThrow().id();
        Map<String, Set<String>> permissions = new LinkedHashMap<>();
        context.getBean(AccountService.class).roles().forEach(role -> permissions.put(role.code(), role.permissions()));
        Actor publisher = Actor.builtIn("test.publisher", List.of(RoleGrant.inDepartment("PUBLISHER", department)), permissions);
        Actor reviewer = Actor.builtIn("test.reviewer", List.of(RoleGrant.inDepartment("REVIEWER", department)), permissions);
        ListPublishing publishing = context.getBean(ListPublishing.class);
        ListVersion draft = publishing.startDraft(publisher, department, type, year);
        publishing.saveItems(publisher, draft.id(), items);
        publishing.submit(publisher, draft.id());
        return publishing.approve(reviewer, draft.id(), new ListVersionApproval(effective, ChangeReason.ANNUAL_UPDATE, null));
    }

    /** A 责任清单 item covering the given sectors. */
    public static ListItem duty(String code, String title, String... sectors) {
        return new ListItem(code, title, null, "《中华人民共和国安全生产法》第十条", "安全监管科", null, "未依法履行监管职责的",
                null, List.of(sectors), null, null, null, null, null);
    }
}

package org.safetyportal.portal.ui.admin.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.NewAccount;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListRepeal;
import org.safetyportal.content.lists.ListRepeals;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.TaskProgress;
import org.safetyportal.content.lists.TaskProgressUpdates;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.testing.InProcessPortal;
import org.safetyportal.portal.ui.FormTesting;

/**
 * The repeal and progress panels of list work, over the portal's real services and the demo lists on
 * an in-memory database: each staff member is offered only their own department's lists, a publisher
 * asks and a reviewer decides, and what is published is what the form said.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPanelsTest implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.h2();

    @Inject
    AccountService accounts;
    @Inject
    OrganizationDirectory organization;
    @Inject
    ListCatalogue catalogue;
    @Inject
    ListRepeals repeals;
    @Inject
    TaskProgressUpdates progress;
    @Inject
    CityClock city;

    @Override
    public Map<String, String> getProperties() {
        return InProcessPortal.properties(database);
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void enter() {
        FormTesting.visitorIn(SupportedLocales.CHINESE);
    }

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void aPublisherAsksForARepeal_andOnlyAReviewerOfTheDepartmentDecides() {
        Actor publisher = staff("forestry.pub", "PUBLISHER", "JC-FORESTRY");
        Actor reviewer = staff("forestry.rev", "REVIEWER", "JC-FORESTRY");
        Actor otherReviewer = staff("water.rev", "REVIEWER", "JC-WATER");
        ListVersion forestry = inForce("JC-FORESTRY", ListType.RESPONSIBILITY);

        RepealPanel asked = new RepealPanel(repeals, catalogue, publisher);
        ComboBox<ListVersion> list = field(asked, "repeal-list", ComboBox.class);
        assertEquals(List.of(forestry.id()), list.getListDataView().getItems().map(ListVersion::id).toList(),
                "only the lists in force of the publisher's own department");
        assertEquals(forestry.id(), list.getValue().id(), "the only choice is chosen");
        field(asked, "repeal-date", DatePicker.class).setValue(city.today());
        field(asked, "repeal-reason", TextArea.class).setValue("职责已划转至市应急管理局，本清单废止");
        byId(asked, "request-repeal", Button.class).click();

        ListRepeal request = repeals.openRequests(reviewer).stream()
                .filter(r -> r.version().id() == forestry.id()).findFirst().orElseThrow();
        assertEquals("职责已划转至市应急管理局，本清单废止", request.reason());
        assertTrue(find(asked, "repeal-request-" + request.id()).isPresent(), "the request is shown to the one who made it");
        assertTrue(find(asked, "approve-repeal-" + request.id()).isEmpty(), "a publisher does not decide");
        assertTrue(find(new RepealPanel(repeals, catalogue, otherReviewer), "repeal-request-" + request.id()).isEmpty(),
                "another department's reviewer does not see it");

        RepealPanel reviewing = new RepealPanel(repeals, catalogue, reviewer);
        byId(reviewing, "approve-repeal-" + request.id(), Button.class).click();

        assertTrue(catalogue.current().stream().noneMatch(v -> v.id() == forestry.id()), "the repealed list is no longer in force");
        assertTrue(repeals.publishedRepealOf(forestry).isPresent());
        assertTrue(find(reviewing, "repeal-request-" + request.id()).isEmpty(), "a decided request leaves the queue");
    }

    @Test
    void aPublisherReportsProgressOnATaskOfTheDepartmentsAnnualList_asTyped() {
        Actor publisher = staff("emergency.pub", "PUBLISHER", "JC-EMERGENCY");
        ListVersion tasks = inForce("JC-EMERGENCY", ListType.ANNUAL_TASKS);

        ProgressPanel panel = new ProgressPanel(progress, catalogue, publisher, city);
        assertEquals(tasks.id(), field(panel, "progress-list", ComboBox.class).getValue() instanceof ListVersion v ? v.id() : -1);
        ComboBox<ListItem> task = field(panel, "progress-item", ComboBox.class);
        assertEquals(catalogue.items(tasks).stream().map(ListItem::code).toList(),
                task.getListDataView().getItems().map(ListItem::code).toList());
        assertEquals(city.today(), field(panel, "progress-date", DatePicker.class).getValue(), "today on the city's clock");
        task.setValue(catalogue.items(tasks).stream().filter(i -> i.code().equals("RW-YJ-2026-02")).findFirst().orElseThrow());
        field(panel, "progress-status", Select.class).setValue(TaskStatus.IN_PROGRESS);
        field(panel, "progress-text", TextArea.class).setValue("已在全市12所学校开展“五进”示例宣讲");
        byId(panel, "publish-progress", Button.class).click();

        TaskProgress published = progress.latestByItem(tasks).get("RW-YJ-2026-02");
        assertEquals(TaskStatus.IN_PROGRESS, published.status());
        assertEquals("已在全市12所学校开展“五进”示例宣讲", published.progress());
        assertEquals(city.today(), published.reportedOn());
        assertEquals("", field(panel, "progress-text", TextArea.class).getValue(), "ready for the next report");
    }

    @Test
    void aPublisherOfADepartmentWithoutAnAnnualList_isOfferedNoProgressForm() {
        ProgressPanel panel = new ProgressPanel(progress, catalogue, staff("meteo.pub", "PUBLISHER", "JC-METEOROLOGY"), city);

        assertEquals(0, panel.getChildren().count());
        assertFalse(find(panel, "publish-progress").isPresent());
    }

    private Actor staff(String username, String role, String departmentCode) {
        Actor admin = accounts.actor(AccountService.FIRST_ADMINISTRATOR_USERNAME);
        int department = organization.department(departmentCode).orElseThrow().id();
        accounts.createAccount(admin, new NewAccount(username, username, "panel-test-password",
                List.of(RoleGrant.inDepartment(role, department))));
        return accounts.actor(username);
    }

    private ListVersion inForce(String departmentCode, ListType type) {
        return catalogue.current().stream()
                .filter(v -> v.department().code().equals(departmentCode) && v.type() == type).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Component> T field(Component root, String id, Class<? super T> type) {
        return (T) byId(root, id, (Class<T>) type);
    }

    private static Optional<Component> find(Component root, String id) {
        try {
            return Optional.of(byId(root, id, Component.class));
        } catch (AssertionError absent) {
            return Optional.empty();
        }
    }
}

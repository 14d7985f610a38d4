package org.safetyportal.portal.ui.admin.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.CITY;
import static org.safetyportal.portal.ui.FormTesting.EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.QINSHUI;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU_EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.account.Role;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.account.RoleScope;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;
import org.safetyportal.portal.ui.admin.RoleLabels;

/** An administrator composes an account's roles, each in the scope its role takes, before saving. */
class RoleGrantsEditorTest {

    private static final Role ADMINISTRATOR = new Role("ADMINISTRATOR", RoleScope.NONE, Set.of("users.manage"));
    private static final Role PUBLISHER = new Role("PUBLISHER", RoleScope.DEPARTMENT, Set.of("lists.draft"));
    private static final Role CASE_HANDLER = new Role("CASE_HANDLER", RoleScope.DEPARTMENT_AREA, Set.of("cases.handle"));
    private static final List<Department> DEPARTMENTS = List.of(EMERGENCY, ZEZHOU_EMERGENCY);
    private static final List<Area> AREAS = List.of(CITY, ZEZHOU, QINSHUI);

    private RoleGrantsEditor editor;

    @BeforeEach
    void enter() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        editor = new RoleGrantsEditor(List.of(ADMINISTRATOR, PUBLISHER, CASE_HANDLER), DEPARTMENTS, AREAS,
                new RoleLabels(DEPARTMENTS, AREAS));
    }

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void theScopeFields_areThoseTheChosenRoleTakes() {
        assertFalse(department().isVisible());
        assertFalse(county().isVisible());

        role().setValue(PUBLISHER);
        assertTrue(department().isVisible());
        assertFalse(county().isVisible(), "a publisher acts for a whole department");

        role().setValue(CASE_HANDLER);
        assertTrue(department().isVisible());
        assertTrue(county().isVisible());
        assertEquals(List.of(ZEZHOU, QINSHUI), county().getListDataView().getItems().toList(), "counties only, not the city");

        role().setValue(ADMINISTRATOR);
        assertFalse(department().isVisible());
        assertFalse(county().isVisible());
    }

    @Test
    void anAddedRole_isListedInWords_andTheFieldsAreClearedForTheNext() {
        assertEquals(List.of(editor.getTranslation("admin.users.noRoles")), shown());

        role().setValue(CASE_HANDLER);
        department().setValue(ZEZHOU_EMERGENCY);
        county().setValue(ZEZHOU);
        add().click();
        role().setValue(ADMINISTRATOR);
        add().click();

        assertEquals(List.of(new RoleGrant("CASE_HANDLER", ZEZHOU_EMERGENCY.id(), ZEZHOU.id()), new RoleGrant("ADMINISTRATOR", null, null)),
                editor.getGrants());
        assertEquals(List.of("Case handler · Zezhou County Emergency Management Bureau · Zezhou County", "System administrator"),
                shown());
        assertEquals(null, role().getValue());
        assertEquals(null, department().getValue());
        assertEquals(null, county().getValue());
    }

    @Test
    void aScopeLeftFromAnEarlierChoice_isNotGranted_withARoleThatDoesNotTakeIt() {
        role().setValue(CASE_HANDLER);
        department().setValue(EMERGENCY);
        county().setValue(QINSHUI);
        role().setValue(PUBLISHER);

        add().click();

        assertEquals(List.of(new RoleGrant("PUBLISHER", EMERGENCY.id(), null)), editor.getGrants());
    }

    @Test
    void theSameRoleTwice_isListedOnce_andARoleCanBeTakenAwayBeforeSaving() {
        editor.setGrants(List.of(new RoleGrant("PUBLISHER", EMERGENCY.id(), null)));
        role().setValue(PUBLISHER);
        department().setValue(EMERGENCY);
        add().click();
        assertEquals(1, editor.getGrants().size());

        Button remove = (Button) rows().get(0).getChildren().filter(Button.class::isInstance).findFirst().orElseThrow();
        assertEquals(editor.getTranslation("admin.users.removeRole"), remove.getAriaLabel().orElseThrow(), "a button without text is named for screen readers");
        remove.click();

        assertEquals(List.of(), editor.getGrants());
        assertEquals(List.of(editor.getTranslation("admin.users.noRoles")), shown());
    }

    @Test
    void addingWithoutARole_addsNothing() {
        add().click();

        assertEquals(List.of(), editor.getGrants());
    }

    @SuppressWarnings("unchecked")
    private Select<Role> role() {
        return byId(editor, "grant-role", Select.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Department> department() {
        return byId(editor, "grant-department", ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private Select<Area> county() {
        return byId(editor, "grant-county", Select.class);
    }

    private Button add() {
        return byId(editor, "grant-add", Button.class);
    }

    private List<Component> rows() {
        return byId(editor, "role-grants", Div.class).getChildren().toList();
    }

    /** What the list of roles reads: each grant's words, or the words for none. */
    private List<String> shown() {
        return rows().stream().map(row -> row instanceof Span span ? span.getText()
                : row.getChildren().filter(Span.class::isInstance).map(s -> ((Span) s).getText()).findFirst().orElseThrow()).toList();
    }
}

package org.safetyportal.portal.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.organization.SectorKind;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.ReportingPlaces;
import org.safetyportal.reporting.intake.Township;

/**
 * The citizen's report form at /report, without a browser: what a filled form sends, anonymously or
 * under a name, the townships that follow the county, and a refusal shown in the reporter's language.
 */
class ReportFormTest {

    private static final Sector CHEMICALS = new Sector("HAZARDOUS_CHEMICALS", SectorKind.WORK_SAFETY,
            new LocalizedName("危险化学品", "Hazardous chemicals"), "EMERGENCY");
    private static final Area DEVELOPMENT_ZONE = new Area(8, "KFQ", AreaKind.COUNTY,
            new LocalizedName("晋城经济技术开发区", "Jincheng Economic and Technological Development Zone"));

    private final List<NewReport> sent = new ArrayList<>();
    private ReportForm form;

    @BeforeEach
    void enter() throws ReflectiveOperationException {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        form = new ReportForm(List.of(CHEMICALS), List.of(ZEZHOU, DEVELOPMENT_ZONE), seededPlaces(), true);
        form.addSubmitListener(submit -> sent.add(submit.report()));
    }

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnonymousReport_sendsWhatWasSeenAndWhere_withNoIdentity() {
        fillWhatAndWhere();
        Select<Township> township = byId(form, "report-township", Select.class);
        Township nancun = township.getListDataView().getItems().filter(t -> t.code().equals("ZZ-NANCUN")).findFirst().orElseThrow();
        township.setValue(nancun);

        Button submit = byId(form, "report-submit", Button.class);
        submit.click();

        NewReport report = sent.get(0);
        assertEquals("HAZARDOUS_CHEMICALS", report.sectorCode());
        assertEquals("ZZ", report.areaCode());
        assertEquals("ZZ-NANCUN", report.townshipCode());
        assertEquals("巴公镇示例加油站东侧", report.address());
        assertEquals("储罐区阀门滴漏，地面有油迹，周边有人吸烟。", report.description());
        assertTrue(report.anonymous());
        assertNull(report.reporter());
        assertFalse(report.consent());
        assertNull(report.latitude(), "no position unless the reporter asks for it");
        assertFalse(submit.isEnabled(), "one tap sends once");
    }

    @Test
    @SuppressWarnings("unchecked")
    void underAName_theIdentityAndConsentAreSent_andTheFieldsAppearOnlyThen() {
        fillWhatAndWhere();
        Div realName = byId(form, "report-real-name", Div.class);
        assertFalse(realName.isVisible(), "anonymous by default");

        byId(form, "report-identity", RadioButtonGroup.class).setValue("realName");
        assertTrue(realName.isVisible());
        byId(form, "report-name", TextField.class).setValue("李示例");
        byId(form, "report-phone", TextField.class).setValue("0356-0000100");
        byId(form, "report-email", EmailField.class).setValue("li@example.org");
        byId(form, "report-consent", Checkbox.class).setValue(true);
        byId(form, "report-submit", Button.class).click();

        NewReport report = sent.get(0);
        assertFalse(report.anonymous());
        assertEquals("李示例", report.reporter().name());
        assertEquals("0356-0000100", report.reporter().phone());
        assertEquals("li@example.org", report.reporter().email());
        assertTrue(report.consent());
        assertFalse(byId(form, "report-email-unavailable", Paragraph.class).isVisible());
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutAMailServer_noEmailIsAskedFor_andTheFormSaysWhy() throws ReflectiveOperationException {
        form = new ReportForm(List.of(CHEMICALS), List.of(ZEZHOU, DEVELOPMENT_ZONE), seededPlaces(), false);
        form.addSubmitListener(submit -> sent.add(submit.report()));
        fillWhatAndWhere();
        byId(form, "report-identity", RadioButtonGroup.class).setValue("realName");
        EmailField email = byId(form, "report-email", EmailField.class);
        Paragraph why = byId(form, "report-email-unavailable", Paragraph.class);

        assertFalse(email.isVisible(), "no email field without alerts to send");
        assertTrue(why.isVisible());
        // No I18NProvider runs here: the view's words show as their key, which says which words the visitor reads.
        assertTrue(why.getText().contains("report.field.email.unavailable"), why.getText());
        byId(form, "report-name", TextField.class).setValue("李示例");
        byId(form, "report-phone", TextField.class).setValue("0356-0000100");
        email.setValue("li@example.org");
        byId(form, "report-consent", Checkbox.class).setValue(true);
        byId(form, "report-submit", Button.class).click();

        assertNull(sent.get(0).reporter().email(), "nothing the form does not show is sent");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingACounty_offersItsTownships_andACountyWithoutAnyLeavesTheChoiceOff() {
        Select<Area> county = byId(form, "report-county", Select.class);
        Select<Township> township = byId(form, "report-township", Select.class);
        assertFalse(township.isEnabled(), "no county yet");

        county.setValue(ZEZHOU);
        List<Township> offered = township.getListDataView().getItems().toList();
        assertFalse(offered.isEmpty());
        assertTrue(offered.stream().allMatch(t -> t.areaCode().equals("ZZ")), offered.toString());
        assertTrue(township.isEnabled());

        county.setValue(DEVELOPMENT_ZONE);
        assertFalse(township.isEnabled(), "the seed knows no townships there");
    }

    @Test
    void aRefusal_isShownInTheReportersLanguage_andTheButtonWorksAgain() {
        fillWhatAndWhere();
        Button submit = byId(form, "report-submit", Button.class);
        submit.click();

        form.showError(Messages.describe(SupportedLocales.ENGLISH, new ValidationException("reports.address.required")));

        Paragraph error = byId(form, "report-error", Paragraph.class);
        assertTrue(error.isVisible());
        assertEquals("Please say where the hazard is (street, building, landmark).", error.getText());
        assertEquals("alert", error.getElement().getAttribute("role"), "read out by screen readers");
        assertTrue(submit.isEnabled(), "the reporter can send again after correcting");
        assertEquals("巴公镇示例加油站东侧", byId(form, "report-address", TextField.class).getValue(), "nothing typed is lost");
    }

    @SuppressWarnings("unchecked")
    private void fillWhatAndWhere() {
        byId(form, "report-category", Select.class).setValue(CHEMICALS);
        byId(form, "report-description", TextArea.class).setValue("储罐区阀门滴漏，地面有油迹，周边有人吸烟。");
        byId(form, "report-county", Select.class).setValue(ZEZHOU);
        byId(form, "report-address", TextField.class).setValue("巴公镇示例加油站东侧");
    }

    /** The places as the portal reads them from the seed; its constructor is meant for the container only. */
    private static ReportingPlaces seededPlaces() throws ReflectiveOperationException {
        Constructor<ReportingPlaces> constructor = ReportingPlaces.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}

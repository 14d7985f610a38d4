package org.safetyportal.portal.ui.admin.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.rectification.AccountabilityMeasure;
import org.safetyportal.content.rectification.NewAccountability;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;

/** The accountability form, without a browser: what it hands on, and how a refusal reads and where it shows. */
class NewDecisionFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final List<NewAccountability> recorded = new ArrayList<>();

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void aFilledForm_handsTheDecisionOnWithThePostAndTheProblem_andEmptiesForTheNext() {
        FormTesting.visitorIn(SupportedLocales.CHINESE);
        NewDecisionForm form = new NewDecisionForm(List.of(EMERGENCY), TODAY, recorded::add);
        fill(form, "WTZG-T1");

        submit(form);

        assertEquals(1, recorded.size());
        NewAccountability decision = recorded.get(0);
        assertEquals(EMERGENCY.id(), decision.departmentId(), "the only department one may record for is chosen");
        assertEquals("安全生产分管负责人", decision.heldPost());
        assertEquals(AccountabilityMeasure.INTERVIEW, decision.measure());
        assertEquals(TODAY, decision.decisionDate(), "decided today unless the publisher says otherwise");
        assertEquals("WTZG-T1", decision.problemCode());
        assertEquals("", byId(form, "decision-decisionCode", TextField.class).getValue(), "ready for the next decision");
        assertFalse(byId(form, "decision-form-error", Span.class).isVisible());
    }

    @Test
    void aDecisionAboutNothing_isRefusedInTheVisitorsLanguage_onTheProblemField_andNothingTypedIsLost() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        NewDecisionForm form = new NewDecisionForm(List.of(EMERGENCY), TODAY, refusingUnlinked());
        fill(form, "");

        submit(form);

        String expected = "Enter the number of the problem or of the listed major hazard concerned (at least one).";
        Span error = byId(form, "decision-form-error", Span.class);
        assertTrue(error.isVisible());
        assertEquals(expected, error.getText());
        TextField problem = byId(form, "decision-problem", TextField.class);
        assertTrue(problem.isInvalid(), "the field concerned is marked");
        assertEquals(expected, problem.getErrorMessage());
        assertEquals("ZZWZ-T1", byId(form, "decision-decisionCode", TextField.class).getValue());
        assertEquals(List.of(), recorded);

        problem.setValue("WTZG-T1");
        submit(form);
        assertEquals(1, recorded.size());
        assertFalse(error.isVisible(), "the refusal goes once a problem is named");
        assertEquals("", recorded.get(0).hazardCode(), "no hazard was named");
    }

    private Consumer<NewAccountability> refusingUnlinked() {
        return decision -> {
            if (decision.problemCode().isBlank() && decision.hazardCode().isBlank()) {
                throw new ValidationException("accountability.link.required");
            }
            recorded.add(decision);
        };
    }

    @SuppressWarnings("unchecked")
    private static void fill(NewDecisionForm form, String problem) {
        byId(form, "decision-decisionCode", TextField.class).setValue("ZZWZ-T1");
        byId(form, "decision-heldUnit", TextField.class).setValue("阳城县示例石料开采有限公司");
        byId(form, "decision-heldPost", TextField.class).setValue("安全生产分管负责人");
        byId(form, "decision-measure", Select.class).setValue(AccountabilityMeasure.INTERVIEW);
        byId(form, "decision-reason", TextArea.class).setValue("边坡重大隐患整改进度滞后（示例）。");
        byId(form, "decision-decidedBy", TextField.class).setValue("晋城市应急管理局");
        byId(form, "decision-problem", TextField.class).setValue(problem);
    }

    private static void submit(NewDecisionForm form) {
        byId(form, "decision-submit", Button.class).click();
    }
}

package org.safetyportal.portal.e2e.pages;

import java.time.LocalDate;
import org.safetyportal.portal.e2e.Browser;

/** The staff page of the 问题整改清单 and 追责问责清单: the two forms and the department's entries. */
public final class RectificationWorkPage {

    private final Browser browser;
    private final StaffFormFields fields;

    private RectificationWorkPage(Browser browser) {
        this.browser = browser;
        this.fields = new StaffFormFields(browser);
        browser.byId("rectification-work-heading");
    }

    /** Follows the tool of the staff home, where signing in leads. */
    public static RectificationWorkPage openFromStaffArea(Browser browser) {
        browser.click("tool-rectification");
        return new RectificationWorkPage(browser);
    }

    /** Fills the problem form; the department is preselected when the publisher has one. {@code hazard} may be null. */
    public RectificationWorkPage fillProblem(String code, String sourceLabel, String campaign, String party, String county,
            String description, String measures, String responsibleUnit, LocalDate deadline, String hazard) {
        fields.type("problem-problemCode", code);
        fields.choose("problem-source", sourceLabel);
        fields.type("problem-campaign", campaign);
        fields.type("problem-inspectedParty", party);
        fields.choose("problem-county", county);
        fields.textArea("problem-description", description);
        fields.textArea("problem-measures", measures);
        fields.type("problem-responsibleUnit", responsibleUnit);
        fields.date("problem-deadline", deadline);
        if (hazard != null) {
            fields.type("problem-hazard", hazard);
        }
        return this;
    }

    public RectificationWorkPage replaceMeasures(String measures) {
        fields.textArea("problem-measures", measures);
        return this;
    }

    public void submitProblem() {
        fields.click("problem-submit");
    }

    public void waitForProblemError(String text) {
        fields.waitForTextContent("problem-form-error", text);
    }

    /** Fills the accountability form: the unit and the post held to account, never a name. */
    public RectificationWorkPage fillDecision(String code, String unit, String post, String measureLabel, String reason,
            String decidedBy, String problem) {
        fields.type("decision-decisionCode", code);
        fields.type("decision-heldUnit", unit);
        fields.type("decision-heldPost", post);
        fields.choose("decision-measure", measureLabel);
        fields.textArea("decision-reason", reason);
        fields.type("decision-decidedBy", decidedBy);
        fields.type("decision-problem", problem);
        return this;
    }

    public RectificationWorkPage replaceDecisionProblem(String problem) {
        fields.type("decision-problem", problem);
        return this;
    }

    public void submitDecision() {
        fields.click("decision-submit");
    }

    public void waitForDecisionError(String text) {
        fields.waitForTextContent("decision-form-error", text);
    }

    public void waitForConfirmation(String text) {
        fields.waitForTextContent("rectification-confirmation", text);
    }
}

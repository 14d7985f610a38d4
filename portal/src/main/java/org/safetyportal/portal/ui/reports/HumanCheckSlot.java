package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.html.Div;
import org.safetyportal.reporting.challenge.ChallengeAnswer;

/**
 * Where a form asks the human check: empty until the portal asks it of a busy source, then the check, and a new one
 * after a wrong answer. The report form and "this is the same" both send it with their next try.
 */
final class HumanCheckSlot extends Div {

    private HumanCheckPanel check;

    /** Shows the check (or a new one in place of the one answered wrongly) and puts the focus on it. */
    void ask(HumanCheckPanel panel) {
        if (check == null) {
            check = panel;
            add(panel);
        } else {
            check.renew();
        }
        check.focus();
    }

    /** The answer to the check shown, if one is. */
    ChallengeAnswer answer() {
        return check == null ? null : check.answer();
    }
}

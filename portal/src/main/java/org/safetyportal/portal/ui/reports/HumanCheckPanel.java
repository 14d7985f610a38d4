package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.safetyportal.reporting.challenge.ChallengeAnswer;
import org.safetyportal.reporting.challenge.HumanCheck;

/**
 * The human check a busy source is asked for before its report is sent: digits in a picture, or, one tap
 * away, a sum asked in words that a screen reader reads out; and the phone line for anyone who would rather
 * call. The visitor answers and presses the form's own send button again.
 */
class HumanCheckPanel extends Div {

    private final HumanCheck check;
    private final Div challenge = new Div();
    private final TextField answer = new TextField();
    private final Button other = new Button();
    private String token;
    private boolean inWords;

    HumanCheckPanel(HumanCheck check) {
        this.check = check;
        setId("report-challenge");
        addClassName("report-challenge");
        answer.setId("report-challenge-answer");
        answer.setWidthFull();
        answer.setMaxLength(16);
        answer.getElement().setAttribute("inputmode", "numeric");
        answer.getElement().setAttribute("autocomplete", "off");
        Button renew = new Button(getTranslation("report.challenge.renew"), click -> show(inWords));
        renew.setId("report-challenge-renew");
        other.setId("report-challenge-switch");
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        other.addClickListener(click -> show(!inWords));
        add(new H2(getTranslation("report.challenge.title")), new Paragraph(getTranslation("report.challenge.why")),
                challenge, answer, new Div(renew, other), new Paragraph(getTranslation("report.challenge.phone")));
        show(false);
    }

    /** What the visitor typed, with the check it answers. */
    ChallengeAnswer answer() {
        return new ChallengeAnswer(token, answer.getValue());
    }

    /** A fresh check after a wrong answer: a used or wrong one never passes again. */
    void renew() {
        show(inWords);
    }

    void focus() {
        answer.focus();
    }

    private void show(boolean words) {
        inWords = words;
        challenge.removeAll();
        answer.clear();
        if (words) {
            HumanCheck.Question question = check.question();
            token = question.token();
            Paragraph asked = new Paragraph(getTranslation("report.challenge.question", question.first(), question.second()));
            asked.setId("report-challenge-question");
            challenge.add(asked);
            answer.setLabel(getTranslation("report.challenge.answer.words"));
            other.setText(getTranslation("report.challenge.toPicture"));
        } else {
            HumanCheck.Picture picture = check.picture();
            token = picture.token();
            byte[] png = picture.png();
            Image image = new Image(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                    new ByteArrayInputStream(png), "check.png", "image/png", png.length)),
                    getTranslation("report.challenge.picture.alt"));
            image.setId("report-challenge-picture");
            image.setWidth("240px");
            image.setHeight("80px");
            challenge.add(image);
            answer.setLabel(getTranslation("report.challenge.answer.picture"));
            other.setText(getTranslation("report.challenge.toWords"));
        }
    }
}

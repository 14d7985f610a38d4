package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.certificates.Certificates;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.QuestionFeedback;
import org.safetyportal.content.education.quiz.QuizResult;
import org.safetyportal.content.education.sessions.GroupSession;
import org.safetyportal.content.education.sessions.GroupSessions;
import org.safetyportal.content.education.sessions.JoinCode;
import org.safetyportal.portal.ui.readers.ShowsMoreThanPublished;

/**
 * Where participants join a group session, on a phone, without an account: {@code /join} asks for the code,
 * {@code /join/{code}} (the QR code's address) for a display name, then shows the session's quiz;
 * {@code /join/{code}?for=family} is the 进家庭 version for families at home. A code that
 * names no session answers 404; a session not yet open or closed says so.
 */
@Route(value = "join/:" + JoinView.CODE + "?")
@AnonymousAllowed
@Prototype
public class JoinView extends VerticalLayout implements ShowsMoreThanPublished, BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    /** {@code ?for=family}: the session's 进家庭 link, for families at home. */
    static final String FOR = "for";

    private final GroupSessions sessions;
    private final LessonLibrary library;
    private final CityClock clock;
    private final Certificates certificates;
    private final Span error = new Span();

    JoinView(GroupSessions sessions, LessonLibrary library, CityClock clock, Certificates certificates) {
        this.sessions = sessions;
        this.certificates = certificates;
        this.library = library;
        this.clock = clock;
        addClassName("join-view");
        error.setId("join-error");
        error.addClassName("form-error");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        error.setText(null);
        Optional<String> typed = event.getRouteParameters().get(CODE);
        if (typed.isEmpty()) {
            askForCode();
            return;
        }
        Optional<GroupSession> session = sessions.byCode(typed.get());
        if (session.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        askForName(session.get(), GroupSessions.Joining.fromLink(
                event.getLocation().getQueryParameters().getSingleParameter(FOR).orElse(null)));
    }

    private void askForCode() {
        H1 heading = new H1(getTranslation("education.join.title"));
        TextField code = new TextField(getTranslation("education.join.code"));
        code.setId("join-code");
        code.setMaxLength(16);
        code.setWidthFull();
        code.setHelperText(getTranslation("education.join.codeHelp"));
        Button go = new Button(getTranslation("education.join.go"), click -> {
            Optional<String> found = sessions.byCode(code.getValue()).map(GroupSession::joinCode);
            if (found.isPresent()) {
                getUI().ifPresent(ui -> ui.navigate(JoinView.class, new RouteParameters(CODE, found.get())));
            } else {
                error.setText(getTranslation("education.join.unknownCode"));
            }
        });
        go.setId("join-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, code, go, error);
    }

    private void askForName(GroupSession session, GroupSessions.Joining joining) {
        String title = library.lesson(session.lessonCode()).map(l -> l.title().in(getLocale())).orElse("");
        H1 heading = new H1(title);
        heading.setId("join-lesson");
        Paragraph about = new Paragraph(getTranslation("education.join.about", JoinCode.grouped(session.joinCode()),
                session.questionCount(), clock.at(session.closesAt()).toLocalDateTime().withSecond(0).toString()
                        .replace('T', ' ')));
        about.setId("join-about");
        add(heading, about);
        if (joining == GroupSessions.Joining.FAMILY) {
            Paragraph family = new Paragraph(getTranslation("education.join.family"));
            family.setId("join-family");
            add(family);
        }
        try {
            sessions.requireOpen(session);
        } catch (ValidationException notOpen) {
            Paragraph status = new Paragraph(getTranslation(notOpen.messageKey(), notOpen.messageArguments()));
            status.setId("join-status");
            add(status);
            return;
        }
        TextField name = new TextField(getTranslation("education.join.name"));
        name.setId("join-name");
        name.setWidthFull();
        name.setHelperText(getTranslation("education.join.nameHelp"));
        Button start = new Button(getTranslation("education.join.start"));
        start.setId("join-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            error.setText(null);
            try {
                Paper paper = sessions.join(session.joinCode(), name.getValue(), joining);
                remove(name, start, error);
                add(new QuizPanel(paper, grading(session), getLocale(), clock.zone()));
            } catch (ValidationException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
            }
        });
        add(name, start, error);
    }

    private QuizPanel.Grading grading(GroupSession session) {
        return new QuizPanel.Grading() {
            @Override
            public Optional<QuestionFeedback> answer(String attemptKey, int position, Set<String> optionIds) {
                return sessions.answer(session, attemptKey, position, optionIds);
            }

            @Override
            public QuizResult submit(String attemptKey, Map<Integer, Set<String>> lastChoices) {
                return sessions.submit(session, attemptKey, lastChoices);
            }

            @Override
            public Optional<Component> afterPassing(QuizResult result) {
                return Optional.of(IssuedCertificate.of(certificates.issue(result.attemptKey()), JoinView.this,
                        getLocale()));
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("education.join.title") + " · " + getTranslation("app.title");
    }
}

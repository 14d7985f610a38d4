package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import elemental.json.JsonValue;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.education.certificates.Certificates;
import org.safetyportal.content.education.quiz.Feedback;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.PaperOption;
import org.safetyportal.content.education.quiz.PaperQuestion;
import org.safetyportal.content.education.quiz.QuestionFeedback;
import org.safetyportal.content.education.quiz.QuizEngine;
import org.safetyportal.content.education.quiz.QuizResult;
import org.safetyportal.content.education.quiz.QuizSettings;

/**
 * The self-study quiz under a lesson, for a visitor without an account. The paper comes from the server
 * with option ids and texts only, as native radio buttons and checkboxes; the ids ticked stay in the browser until a
 * check or the submission carries them in its click (one request each), and the server's verdict comes back, so the
 * browser holds no answer key before an answer is in. The visitor's attempts are counted per browser session.
 */
final class QuizPanel extends Div {

    private static final String TAKER = "education.quiz.taker";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String TICKED_IN_QUESTION = ChosenOptions.checkedInside(".quiz-question");
    private static final String TICKED_IN_PAPER = ChosenOptions.checkedInside("#quiz");

    private final QuizEngine engine;
    private final Grading grading;
    private final String lessonCode;
    private final QuizSettings settings;
    private final Locale locale;
    private final ZoneId zone;
    private final QuizMarkup markup;
    private final Span error = new Span();
    private final Div content = new Div();
    private final Map<Integer, Element> groups = new HashMap<>();
    private final Map<Integer, Button> checks = new HashMap<>();
    private final Map<Integer, Div> feedbacks = new HashMap<>();
    private Paper paper;

    /**
     * Where answers and the submission go: straight to the engine for self-study; through a group session,
     * which first checks that the attempt is one of its own.
     */
    interface Grading {
        Optional<QuestionFeedback> answer(String attemptKey, int position, Set<String> optionIds);

        QuizResult submit(String attemptKey, Map<Integer, Set<String>> lastChoices);

        /** What the page adds under a passed result (a certificate, or the form to ask for one); nothing by default. */
        default Optional<Component> afterPassing(QuizResult result) {
            return Optional.empty();
        }
    }

    /** The lesson page's self-study quiz: a passed attempt's holder can ask for a certificate in the name they type. */
    QuizPanel(QuizEngine engine, Certificates certificates, String lessonCode, QuizSettings settings, Locale locale,
            ZoneId zone) {
        this(engine, new Grading() {
            @Override
            public Optional<QuestionFeedback> answer(String attemptKey, int position, Set<String> optionIds) {
                return engine.answer(attemptKey, position, optionIds);
            }

            @Override
            public QuizResult submit(String attemptKey, Map<Integer, Set<String>> lastChoices) {
                return engine.submit(attemptKey, lastChoices);
            }

            @Override
            public Optional<Component> afterPassing(QuizResult result) {
                return Optional.of(new SelfStudyCertificateForm(certificates, result.attemptKey(), taker()));
            }
        }, lessonCode, settings, locale, zone);
        showStart();
    }

    /** A paper already started (a participant's in a group session): no start screen, no second attempt. */
    QuizPanel(Paper paper, Grading grading, Locale locale, ZoneId zone) {
        this(null, grading, paper.lessonCode(), paper.settings(), locale, zone);
        showPaper(paper);
    }

    private QuizPanel(QuizEngine engine, Grading grading, String lessonCode, QuizSettings settings, Locale locale,
            ZoneId zone) {
        this.engine = engine;
        this.grading = grading;
        this.lessonCode = lessonCode;
        this.settings = settings;
        this.locale = locale;
        this.zone = zone;
        this.markup = new QuizMarkup((key, params) -> getTranslation(key, params), locale);
        setId("quiz");
        addClassName("inspection-card");
        error.setId("quiz-error");
        error.addClassName("form-error");
        add(new H2(getTranslation("education.quiz.heading")), content, error);
    }

    private void showStart() {
        content.removeAll();
        Paragraph rules = new Paragraph(getTranslation("education.quiz.rules", settings.questionCount(),
                settings.timeLimit().toMinutes(), settings.passMark(), settings.attemptLimit()));
        rules.setId("quiz-rules");
        int left = engine.attemptsLeft(lessonCode, taker(), settings);
        Paragraph attempts = new Paragraph(getTranslation("education.quiz.attemptsLeft", left));
        attempts.setId("quiz-attempts-left");
        Button start = new Button(getTranslation("education.quiz.start"), click -> start());
        start.setId("quiz-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(left != 0);
        content.add(rules, attempts, start);
    }

    private void start() {
        act(() -> showPaper(engine.start(lessonCode, taker(), settings)));
    }

    private void showPaper(Paper started) {
        paper = started;
        groups.clear();
        checks.clear();
        feedbacks.clear();
        content.removeAll();
        Paragraph deadline = new Paragraph(getTranslation("education.quiz.deadline",
                paper.deadline().atZone(zone).format(TIME)));
        deadline.setId("quiz-deadline");
        content.add(deadline);
        if (paper.settings().feedback() == Feedback.IMMEDIATE) {
            paper.questions().forEach(q -> content.add(question(q)));
        } else {
            // Handed in whole: the questions are one piece of markup, with no element kept per question.
            Element questions = new Element("div");
            questions.setAttribute("id", "quiz-paper");
            questions.setProperty("innerHTML", markup.paper(paper.questions()));
            content.getElement().appendChild(questions);
        }
        Button submit = new Button(getTranslation("education.quiz.submit"));
        submit.setId("quiz-submit");
        submit.getElement().addEventListener("click", click -> submit(click.getEventData().get(TICKED_IN_PAPER)))
                .addEventData(TICKED_IN_PAPER);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(submit);
    }

    /** A question checked one by one (feedback at once): its fieldset as markup, its check button and its verdict. */
    private Component question(PaperQuestion q) {
        Div box = new Div();
        box.setId("quiz-question-" + q.position());
        box.addClassName("quiz-question");
        Element group = new Element("div");
        group.setProperty("innerHTML", markup.question(q, Set.of(), false));
        groups.put(q.position(), group);
        box.getElement().appendChild(group);
        Button check = new Button(getTranslation("education.quiz.check"));
        check.setId("quiz-check-" + q.position());
        check.getElement().addEventListener("click", click -> act(() -> check(q, click.getEventData().get(TICKED_IN_QUESTION))))
                .addEventData(TICKED_IN_QUESTION);
        checks.put(q.position(), check);
        Div feedback = new Div();
        feedback.setId("quiz-feedback-" + q.position());
        feedbacks.put(q.position(), feedback);
        box.add(check, feedback);
        return box;
    }

    /** Sends what the page has ticked on one question to the server; shows its verdict when the quiz gives it at once. */
    private void check(PaperQuestion q, JsonValue data) {
        Map<Integer, Set<String>> chosen = ChosenOptions.read(data, paper)
                .orElseThrow(() -> new ValidationException("quiz.answer.unreadable"));
        grading.answer(paper.attemptKey(), q.position(), chosen.getOrDefault(q.position(), Set.of()))
                .ifPresent(f -> showFeedback(q, f));
    }

    private void showFeedback(PaperQuestion q, QuestionFeedback f) {
        groups.get(q.position()).setProperty("innerHTML", markup.question(q, f.chosenOptionIds(), true));
        checks.get(q.position()).setVisible(false);
        feedbacks.get(q.position()).removeAll();
        feedbacks.get(q.position()).add(verdict(q, f));
    }

    private Component verdict(PaperQuestion q, QuestionFeedback f) {
        Div verdict = new Div();
        verdict.addClassName(f.correct() ? "quiz-right" : "quiz-wrong");
        verdict.add(new Paragraph(getTranslation(f.correct() ? "education.quiz.right" : "education.quiz.wrong")));
        verdict.add(new Paragraph(getTranslation("education.quiz.rightAnswer", markup.texts(q, f.rightOptionIds()))));
        Paragraph why = new Paragraph(f.explanation(locale));
        why.addClassName("quiz-explanation");
        verdict.add(why);
        return verdict;
    }

    /** Hands the paper in with every choice the page holds, so that the grade counts what the page shows. */
    private void submit(JsonValue data) {
        act(() -> {
            Map<Integer, Set<String>> ticked = ChosenOptions.read(data, paper)
                    .orElseThrow(() -> new ValidationException("quiz.answer.unreadable"));
            showResult(grading.submit(paper.attemptKey(), ticked));
        });
    }

    private void showResult(QuizResult result) {
        content.removeAll();
        Paragraph score = new Paragraph(getTranslation(result.passed() ? "education.quiz.passed" : "education.quiz.failed",
                result.score(), result.total(), result.percent(), result.passMark()));
        score.setId("quiz-result");
        score.addClassName(result.passed() ? "quiz-right" : "quiz-wrong");
        content.add(score);
        if (result.passed()) {
            grading.afterPassing(result).ifPresent(content::add);
        }
        if (engine != null) {
            Button again = new Button(getTranslation("education.quiz.again"), click -> showStart());
            again.setId("quiz-again");
            content.add(again);
        }
        // The review is read, never acted on: one string, not an element per line.
        Element review = new Element("div");
        review.setAttribute("id", "quiz-review");
        review.setProperty("innerHTML", markup.review(result));
        content.getElement().appendChild(review);
    }

    private void act(Runnable action) {
        error.setText(null);
        try {
            action.run();
        } catch (ValidationException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
    }

    /** Who takes the quiz, for the attempt limit: a random key of this browser session, never a name. */
    private static String taker() {
        VaadinSession session = VaadinSession.getCurrent();
        Object key = session.getAttribute(TAKER);
        if (key == null) {
            key = UUID.randomUUID().toString();
            session.setAttribute(TAKER, key);
        }
        return key.toString();
    }
}

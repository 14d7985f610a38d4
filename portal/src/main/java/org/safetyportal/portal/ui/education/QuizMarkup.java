package org.safetyportal.portal.ui.education;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.safetyportal.content.education.quiz.PaperOption;
import org.safetyportal.content.education.quiz.PaperQuestion;
import org.safetyportal.content.education.quiz.QuestionFeedback;
import org.safetyportal.content.education.quiz.QuizResult;

/**
 * The quiz's questions and its review as markup. A question is read and ticked in the browser and a review is only
 * read, so neither needs a server-side element: a whole class joins and hands in at the bell, and each participant's
 * session keeps one string where it would keep some hundred and forty elements. Written with jsoup, whose text
 * setters escape, so a stem or an option can never become markup.
 */
final class QuizMarkup {

    /** The page's translations, as {@code Component.getTranslation} gives them. */
    interface Words {
        String text(String key, Object... params);
    }

    private final Words words;
    private final Locale locale;

    QuizMarkup(Words words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    /**
     * Every question of a paper handed in whole (feedback after submission): each in its box, as
     * {@link #question} writes it, with nothing to check one by one.
     */
    String paper(List<PaperQuestion> questions) {
        Element root = root();
        for (PaperQuestion q : questions) {
            Element box = root.appendElement("div").id("quiz-question-" + q.position()).addClass("quiz-question");
            box.appendElement("div").appendChild(fieldset(q, Set.of(), false));
        }
        return root.html();
    }

    /**
     * One question as a native fieldset of radio buttons or checkboxes, named by its stem and the hint on how many to
     * choose: nothing listens to the inputs on the server, so a tick costs no request and goes with the next check
     * or submission. A checked answer is written again with its ticks and its inputs disabled.
     */
    String question(PaperQuestion q, Set<String> ticked, boolean answered) {
        Element root = root();
        root.appendChild(fieldset(q, ticked, answered));
        return root.html();
    }

    /** What a submitted paper's review shows for each question: the answer given, the right one, and why. */
    String review(QuizResult result) {
        Element root = root();
        root.appendElement("h3").text(words.text("education.quiz.review"));
        for (int i = 0; i < result.questions().size(); i++) {
            PaperQuestion q = result.questions().get(i);
            QuestionFeedback f = result.review().get(i);
            Element item = root.appendElement("div").addClass("quiz-question");
            item.appendElement("p").text(q.position() + ". " + q.stem(locale));
            item.appendElement("p").text(words.text("education.quiz.yourAnswer", texts(q, f.chosenOptionIds())));
            Element verdict = item.appendElement("div").addClass(f.correct() ? "quiz-right" : "quiz-wrong");
            verdict.appendElement("p").text(words.text(f.correct() ? "education.quiz.right" : "education.quiz.wrong"));
            verdict.appendElement("p").text(words.text("education.quiz.rightAnswer", texts(q, f.rightOptionIds())));
            verdict.appendElement("p").addClass("quiz-explanation").text(f.explanation(locale));
        }
        return root.html();
    }

    /** The options' texts, in the paper's order, or the words for no answer. */
    String texts(PaperQuestion q, Set<String> ids) {
        String chosen = q.options().stream().filter(o -> ids.contains(o.id())).map(o -> o.text(locale))
                .collect(Collectors.joining("；"));
        return chosen.isEmpty() ? words.text("education.quiz.noAnswer") : chosen;
    }

    private Element fieldset(PaperQuestion q, Set<String> ticked, boolean answered) {
        Element group = new Element("fieldset").id("quiz-answer-" + q.position()).addClass("quiz-options");
        Element legend = group.appendElement("legend");
        legend.appendElement("h3").text(q.position() + ". " + q.stem(locale));
        legend.appendElement("span").addClass("quiz-hint")
                .text(words.text(q.manyAnswers() ? "education.quiz.chooseMany" : "education.quiz.chooseOne"));
        String type = q.manyAnswers() ? "checkbox" : "radio";
        for (PaperOption option : q.options()) {
            Element label = group.appendElement("label").addClass("quiz-option");
            Element input = label.appendElement("input").attr("type", type)
                    .attr("name", ChosenOptions.inputName(q.position())).attr("value", option.id());
            if (ticked.contains(option.id())) {
                input.attr("checked", true);
            }
            if (answered) {
                input.attr("disabled", true);
            }
            label.appendElement("span").text(option.text(locale));
        }
        return group;
    }

    /** A parent whose document writes compact markup (no indentation: it is sent, not read). */
    private static Element root() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement("div");
    }
}

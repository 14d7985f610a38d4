package org.safetyportal.portal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One participant on a phone, over HTTP as Chromium's client engine talks to the portal: opens the session's
 * address ({@code /join/{code}}), boots, gives a display name and starts, ticks one option of every question and
 * submits. Ticking a native input is not a request: the ticks go with the submission's click, as its event data. The
 * participant knows nothing of the answer key: options are picked at random from the paper the server sent (ids and
 * texts only), and grading happens on the server. Each request's time is kept for the figures.
 */
final class QuizParticipant {

    /** How long each step took, in microseconds, and the questions on the paper. */
    record Times(long join, int questions, long submission) {
    }

    private final UidlClient client;
    private final Random random;

    QuizParticipant(HttpClient http, String baseUrl, long seed) {
        this.client = new UidlClient(http, baseUrl);
        this.random = new Random(seed);
    }

    /** Takes the session's quiz; fails with what went wrong when a step does not answer as the page would. */
    Times take(String code, String displayName) throws Exception {
        long joinStarted = System.nanoTime();
        String route = "/join/" + code;
        client.open(route);
        client.send(ChromeHabits.boot(client.tree(), client.lastAttached(), route, client.title()));
        UidlTree tree = client.tree();
        UidlTree.Node name = element("join-name");
        UidlTree.Node start = element("join-start");
        client.send(ChromeHabits.typeThenClick(name, displayName, start));
        ArrayNode upgraded = ChromeHabits.upgraded(tree, client.lastAttached());
        if (!upgraded.isEmpty()) {
            client.send(upgraded);
        }
        long join = micros(joinStarted);
        if (tree.byId("quiz-submit").isEmpty()) {
            String error = tree.byId("join-error").map(tree::text).orElse("");
            throw new IllegalStateException("joining showed no paper" + (error.isEmpty() ? "" : ": " + error));
        }

        List<String> ticked = new ArrayList<>();
        List<Element> questionSets = Jsoup.parseBodyFragment(paperMarkup()).select("fieldset");
        for (Element question : questionSets) {
            ticked.add(tick(question));
        }
        int questions = questionSets.size();

        long submitStarted = System.nanoTime();
        client.send(ChromeHabits.tapWithTicked(element("quiz-submit"), ticked));
        long submission = micros(submitStarted);
        String result = tree.byId("quiz-result").map(tree::text)
                .orElseThrow(() -> new IllegalStateException("the submission showed no result: "
                        + tree.byId("quiz-error").map(tree::text).orElse("")));
        if (!result.contains("/" + questions)) {
            throw new IllegalStateException("the result is not of " + questions + " questions: " + result);
        }
        return new Times(join, questions, submission);
    }

    /** The paper handed in whole comes as markup (the {@code innerHTML} of {@code #quiz-paper}), read as the browser would. */
    private String paperMarkup() {
        JsonNode markup = element("quiz-paper").properties.get("innerHTML");
        if (markup == null || !markup.isTextual()) {
            throw new IllegalStateException("the paper came without its questions");
        }
        return markup.asText();
    }

    /** Ticks one option of a question, picked at random, in the browser: answers it as the event data names it. */
    private String tick(Element question) {
        List<Element> options = question.select("input[name][value]");
        if (options.isEmpty()) {
            throw new IllegalStateException("a question without options: " + question.id());
        }
        Element option = options.get(random.nextInt(options.size()));
        return option.attr("name") + ":" + option.attr("value");
    }

    private UidlTree.Node element(String id) {
        return client.tree().byId(id).orElseThrow(() -> new IllegalStateException("no #" + id + " on the page"));
    }

    private static long micros(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1000;
    }
}

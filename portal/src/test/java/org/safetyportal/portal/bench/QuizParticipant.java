package org.safetyportal.portal.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

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
        int questions = 0;
        for (int position = 1; ; position++) {
            Optional<UidlTree.Node> group = tree.byId("quiz-answer-" + position);
            if (group.isEmpty()) {
                break;
            }
            ticked.add(tick(group.get()));
            questions++;
        }

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

    /** Ticks one option of a question, picked at random, in the browser: answers it as the event data names it. */
    private String tick(UidlTree.Node group) {
        List<UidlTree.Node> options = client.tree().descendants(group, "input");
        if (options.isEmpty()) {
            throw new IllegalStateException("a question without options: " + group.attributes.get("id"));
        }
        UidlTree.Node option = options.get(random.nextInt(options.size()));
        String name = option.attributes.get("name");
        String value = option.attributes.get("value");
        if (name == null || value == null) {
            throw new IllegalStateException("an option without its name or id: " + group.attributes.get("id"));
        }
        return name + ":" + value;
    }

    private UidlTree.Node element(String id) {
        return client.tree().byId(id).orElseThrow(() -> new IllegalStateException("no #" + id + " on the page"));
    }

    private static long micros(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1000;
    }
}

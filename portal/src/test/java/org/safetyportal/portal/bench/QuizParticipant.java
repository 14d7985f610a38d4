package org.safetyportal.portal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One participant on a phone, over HTTP as Chromium's client engine talks to the portal: opens the session's
 * address ({@code /join/{code}}), boots, gives a display name and starts, ticks one option of every question and
 * submits. The participant knows nothing of the answer key: options are picked at random from the paper the
 * server sent (ids and texts only), and grading happens on the server. Each step's time is kept for the figures.
 */
final class QuizParticipant {

    /** How long each step took, in microseconds; {@code answers} holds one figure per question. */
    record Times(long join, long[] answers, long submission) {
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

        List<Long> answers = new ArrayList<>();
        for (int position = 1; ; position++) {
            Optional<UidlTree.Node> group = tree.byId("quiz-answer-" + position);
            if (group.isEmpty()) {
                break;
            }
            long answerStarted = System.nanoTime();
            client.send(tick(group.get()));
            answers.add(micros(answerStarted));
        }

        long submitStarted = System.nanoTime();
        client.send(ChromeHabits.tap(element("quiz-submit")));
        long submission = micros(submitStarted);
        String result = tree.byId("quiz-result").map(tree::text)
                .orElseThrow(() -> new IllegalStateException("the submission showed no result: "
                        + tree.byId("quiz-error").map(tree::text).orElse("")));
        if (!result.contains("/" + answers.size())) {
            throw new IllegalStateException("the result is not of " + answers.size() + " questions: " + result);
        }
        return new Times(join, answers.stream().mapToLong(Long::longValue).toArray(), submission);
    }

    /** Ticks one option of a question, picked at random: the radio button or checkbox, then the group's value. */
    private ArrayNode tick(UidlTree.Node group) {
        UidlTree tree = client.tree();
        boolean many = "vaadin-checkbox-group".equals(group.tag);
        List<UidlTree.Node> options = tree.descendants(group, many ? "vaadin-checkbox" : "vaadin-radio-button");
        if (options.isEmpty()) {
            throw new IllegalStateException("a question without options: " + group.attributes.get("id"));
        }
        UidlTree.Node option = options.get(random.nextInt(options.size()));
        JsonNode key = option.properties.get("value");
        if (key == null) {
            throw new IllegalStateException("an option without its key: " + group.attributes.get("id"));
        }
        JsonNode value = many ? UidlClient.JSON.createArrayNode().add(key) : key;
        return ChromeHabits.tick(option, group, value);
    }

    private UidlTree.Node element(String id) {
        return client.tree().byId(id).orElseThrow(() -> new IllegalStateException("no #" + id + " on the page"));
    }

    private static long micros(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1000;
    }
}

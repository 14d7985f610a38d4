package org.safetyportal.portal.ui.education;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.PaperOption;
import org.safetyportal.content.education.quiz.PaperQuestion;

/**
 * The options a quiz page says are ticked, as a click's event data brings them: a JSON array of
 * {@code "qN:optionId"} strings. The choices stay in the browser until a check or a submission, so this is the only
 * way they reach the server, and anything may arrive; only what the paper holds is kept. Whether a choice keeps the
 * question's rules (one answer for a single-choice question) is the engine's to judge, as with any other answer.
 */
final class ChosenOptions {

    /** What the browser evaluates on a click inside the quiz: every ticked input of the element named, as name:value. */
    static String checkedInside(String closestSelector) {
        return "JSON.stringify(Array.from(element.closest('" + closestSelector
                + "').querySelectorAll('input:checked'),i=>i.name+':'+i.value))";
    }

    /** A whole paper ticked everywhere with long option ids is far shorter than this; beyond it the data is not a page's. */
    static final int MAX_CHARS = 32 * 1024;

    private static final String NAME_PREFIX = "q";

    private ChosenOptions() {
    }

    /** The name the inputs of a question share, which the event data carries back. */
    static String inputName(int position) {
        return NAME_PREFIX + position;
    }

    /**
     * The options ticked per question position, only the paper's own, each once; a question with none is absent.
     * Empty when the data is not what a page sends (missing, not a string, too long, not a JSON array).
     */
    static Optional<Map<Integer, Set<String>>> read(JsonValue data, Paper paper) {
        if (data == null || data.getType() != JsonType.STRING) {
            return Optional.empty();
        }
        String text = data.asString();
        if (text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        JsonArray items;
        try {
            JsonValue parsed = Json.instance().parse(text);
            if (parsed == null || parsed.getType() != JsonType.ARRAY) {
                return Optional.empty();
            }
            items = (JsonArray) parsed;
        } catch (RuntimeException garbage) {
            // The tokenizer's failures are not all JsonException (an index past the end, a cast); none is the page's.
            return Optional.empty();
        }
        Map<Integer, Set<String>> optionIdsByPosition = paper.questions().stream().collect(Collectors.toMap(
                PaperQuestion::position, q -> q.options().stream().map(PaperOption::id).collect(Collectors.toSet())));
        Map<Integer, Set<String>> chosen = new LinkedHashMap<>();
        for (int i = 0; i < items.length(); i++) {
            JsonValue item = items.get(i);
            if (item == null || item.getType() != JsonType.STRING) {
                continue;
            }
            String entry = item.asString();
            int colon = entry.indexOf(':');
            if (colon < 0) {
                continue;
            }
            Integer position = position(entry.substring(0, colon));
            String optionId = entry.substring(colon + 1);
            if (position != null && optionIdsByPosition.getOrDefault(position, Set.of()).contains(optionId)) {
                chosen.computeIfAbsent(position, p -> new LinkedHashSet<>()).add(optionId);
            }
        }
        chosen.replaceAll((position, ids) -> Set.copyOf(ids));
        return Optional.of(Map.copyOf(chosen));
    }

    private static Integer position(String name) {
        if (!name.startsWith(NAME_PREFIX) || name.length() < 2 || name.length() > 5) {
            return null;
        }
        String digits = name.substring(NAME_PREFIX.length());
        return digits.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.valueOf(digits) : null;
    }
}

package org.safetyportal.content.education.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An attempt as stored: its settings and times, the items drawn and every option's place, key and choice. */
record StoredAttempt(int id, String key, int lessonId, String lessonCode, String takerKey, QuizSettings settings, Instant startedAt,
        Instant deadline, Instant submittedAt, Integer score, Boolean passed, List<Item> items) {

    record Item(int position, int questionPosition, Instant answeredAt, List<Choice> choices) {
    }

    record Choice(int shownPosition, String optionKey, int optionPosition, boolean chosen) {
    }

    boolean submitted() {
        return submittedAt != null;
    }

    Item item(int position) {
        return items.stream().filter(i -> i.position() == position).findFirst().orElse(null);
    }

    /** The attempt after these choices (option keys by item position) were stored at {@code at}, as a read would find it. */
    StoredAttempt answered(Map<Integer, Set<String>> chosenByItem, Instant at) {
        List<Item> now = items.stream().map(item -> {
            Set<String> chosen = chosenByItem.get(item.position());
            return chosen == null ? item : new Item(item.position(), item.questionPosition(), at, item.choices().stream()
                    .map(c -> new Choice(c.shownPosition(), c.optionKey(), c.optionPosition(), chosen.contains(c.optionKey())))
                    .toList());
        }).toList();
        return new StoredAttempt(id, key, lessonId, lessonCode, takerKey, settings, startedAt, deadline, submittedAt, score,
                passed, now);
    }

    /** The attempt after its grade was stored. */
    StoredAttempt graded(int score, boolean passed, Instant at) {
        return new StoredAttempt(id, key, lessonId, lessonCode, takerKey, settings, startedAt, deadline, at, score, passed,
                items);
    }
}

package org.safetyportal.content.education.quiz;

import java.time.Instant;
import java.util.List;

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
}

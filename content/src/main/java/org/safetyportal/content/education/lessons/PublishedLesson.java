package org.safetyportal.content.education.lessons;

import java.util.List;

/** A lesson with its bank as stored together. */
record PublishedLesson(Lesson lesson, List<BankQuestion> questions) {

    PublishedLesson {
        questions = List.copyOf(questions);
    }
}

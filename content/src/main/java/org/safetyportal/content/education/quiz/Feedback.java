package org.safetyportal.content.education.quiz;

/** When a taker learns whether an answer was right: at once, question by question, or only after submitting. */
public enum Feedback {
    IMMEDIATE,
    DEFERRED
}

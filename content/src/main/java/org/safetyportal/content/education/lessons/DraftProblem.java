package org.safetyportal.content.education.lessons;

import java.util.List;

/**
 * One thing that keeps a lesson draft from being published: the field it is in, the line of that field it
 * is on (counted from 1; 0 when it concerns the field as a whole) and why, as a message key and arguments.
 */
public record DraftProblem(Field field, int line, String messageKey, List<Object> messageArguments) {

    /** The parts of a draft an editor fills in; each has a label {@code education.draft.field.<name>}. */
    public enum Field {
        CODE, TITLE_ZH, TITLE_EN, SUMMARY_ZH, SUMMARY_EN, AUDIENCES, TOPICS, MINUTES, BODY_ZH, BODY_EN, BANK
    }

    public DraftProblem {
        messageArguments = List.copyOf(messageArguments);
    }

    DraftProblem(Field field, int line, String messageKey, Object[] messageArguments) {
        this(field, line, messageKey, List.of(messageArguments));
    }

    static DraftProblem of(Field field, String messageKey, Object... messageArguments) {
        return new DraftProblem(field, 0, messageKey, messageArguments);
    }

    public Object[] arguments() {
        return messageArguments.toArray();
    }
}

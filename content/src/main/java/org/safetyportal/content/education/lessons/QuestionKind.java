package org.safetyportal.content.education.lessons;

import java.util.Optional;

/** How a question is answered; the seed names them {@code single}, {@code multiple} and {@code truefalse}. */
public enum QuestionKind {
    /** Exactly one option is right. */
    SINGLE("single"),
    /** Two or more options are right; an answer is right when it picks exactly those. */
    MULTIPLE("multiple"),
    /** Two options, 对 and 错. */
    TRUE_FALSE("truefalse");

    private final String seedName;

    QuestionKind(String seedName) {
        this.seedName = seedName;
    }

    String seedName() {
        return seedName;
    }

    static Optional<QuestionKind> ofSeedName(String name) {
        for (QuestionKind kind : values()) {
            if (kind.seedName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

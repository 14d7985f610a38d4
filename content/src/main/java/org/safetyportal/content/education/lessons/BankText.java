package org.safetyportal.content.education.lessons;

import java.util.List;

/** A published bank written back as the text an editor edits (the seed's format, read by {@link QuestionBankParser}). */
final class BankText {

    private BankText() {
    }

    static String write(List<BankQuestion> questions) {
        StringBuilder text = new StringBuilder();
        for (BankQuestion q : questions) {
            if (!text.isEmpty()) {
                text.append("---\n");
            }
            line(text, "kind", q.kind().seedName());
            line(text, "category", q.category());
            if (!q.tags().isEmpty()) {
                line(text, "tags", String.join(", ", q.tags()));
            }
            line(text, "stem", q.stemZh());
            line(text, "stem_en", q.stemEn());
            for (BankOption o : q.options()) {
                text.append(o.correct() ? "* " : "- ").append(o.textZh());
                if (o.textEn() != null) {
                    text.append(" | ").append(o.textEn());
                }
                text.append('\n');
            }
            line(text, "explanation", q.explanationZh());
            line(text, "explanation_en", q.explanationEn());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        if (value != null) {
            text.append(key).append(": ").append(value).append('\n');
        }
    }
}

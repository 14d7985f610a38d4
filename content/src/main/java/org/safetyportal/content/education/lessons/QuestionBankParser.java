package org.safetyportal.content.education.lessons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a question bank of the education seed ({@code questions/<code>.txt}): blocks separated by a
 * line {@code ---}, each with {@code kind}, {@code category}, optional {@code tags}, {@code stem},
 * options ({@code * } right, {@code - } wrong, {@code  | English} optional) and {@code explanation}.
 * Every rule of the format is checked here, each refusal naming the file and the line.
 */
final class QuestionBankParser {

    private static final Set<String> KEYS = Set.of("kind", "category", "tags", "stem", "stem_en", "explanation",
            "explanation_en");

    /**
     * The seed format's two words of a true/false question, sorted: keywords of the bank files (like {@code ---}
     * and {@code * }), not text shown to anyone, so they live with the parser that reads them.
     */
    static final String TRUE_WORD = "对";
    private static final List<String> TRUE_FALSE_WORDS = List.of(TRUE_WORD, "错");

    private final String file;

    private QuestionBankParser(String file) {
        this.file = file;
    }

    static List<BankQuestion> parse(String file, String text) {
        return new QuestionBankParser(file).parse(text);
    }

    private List<BankQuestion> parse(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        List<BankQuestion> questions = new ArrayList<>();
        Block block = new Block(1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.equals("---")) {
                if (!block.isEmpty()) {
                    questions.add(block.question(questions.size() + 1));
                }
                block = new Block(number + 1);
            } else if (line.startsWith("* ") || line.startsWith("- ")) {
                block.option(line, number);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                block.field(line, number);
            }
        }
        if (!block.isEmpty()) {
            questions.add(block.question(questions.size() + 1));
        }
        if (questions.isEmpty()) {
            throw new SeedFormatException(file, 0, "the bank has no questions", "education.bank.problem.empty");
        }
        return List.copyOf(questions);
    }

    private final class Block {

        private final int firstLine;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<BankOption> options = new ArrayList<>();
        private int englishOptions;

        Block(int firstLine) {
            this.firstLine = firstLine;
        }

        boolean isEmpty() {
            return fields.isEmpty() && options.isEmpty();
        }

        void field(String line, int number) {
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon).strip();
            if (colon < 0 || !KEYS.contains(key)) {
                throw new SeedFormatException(file, number, "expected one of " + KEYS + " followed by ':', or an option "
                        + "starting with '* ' or '- ', found: " + line, "education.bank.problem.unknownLine", line);
            }
            if (fields.put(key, line.substring(colon + 1).strip()) != null) {
                throw new SeedFormatException(file, number, key + " appears twice in this question",
                        "education.bank.problem.twice", key);
            }
        }

        void option(String line, int number) {
            String[] texts = line.substring(2).split("\\s\\|\\s", 2);
            String zh = texts[0].strip();
            String en = texts.length > 1 ? texts[1].strip() : null;
            if (zh.isEmpty() || (en != null && en.isEmpty())) {
                throw new SeedFormatException(file, number, "the option has no text", "education.bank.problem.optionEmpty");
            }
            if (en != null) {
                englishOptions++;
            }
            options.add(new BankOption(options.size() + 1, zh, en, line.startsWith("* ")));
        }

        BankQuestion question(int position) {
            QuestionKind kind = QuestionKind.ofSeedName(required("kind").split("\\s+")[0])
                    .orElseThrow(() -> problem("kind must be single, multiple or truefalse", "education.bank.problem.kind"));
            long right = options.stream().filter(BankOption::correct).count();
            switch (kind) {
                case SINGLE -> check(right == 1 && options.size() >= 3 && options.size() <= 5,
                        "a single-choice question has 3 to 5 options, exactly one marked '* '", "education.bank.problem.single");
                case MULTIPLE -> check(right >= 2 && options.size() >= 4 && options.size() <= 6,
                        "a multiple-choice question has 4 to 6 options, at least two marked '* '", "education.bank.problem.multiple");
                case TRUE_FALSE -> check(right == 1 && options.size() == 2
                        && options.stream().map(BankOption::textZh).sorted().toList().equals(TRUE_FALSE_WORDS),
                        "a true/false question has exactly the two options true and false of the seed format, one marked '* '", "education.bank.problem.trueFalse");
            }
            check(englishOptions == 0 || englishOptions == options.size(),
                    "either every option has its English after ' | ' or none has", "education.bank.problem.english");
            List<String> tags = fields.containsKey("tags") && !fields.get("tags").isBlank()
                    ? Arrays.stream(fields.get("tags").split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).toList()
                    : List.of();
            return new BankQuestion(position, kind, required("category"), tags, required("stem"), optional("stem_en"),
                    options, required("explanation"), optional("explanation_en"));
        }

        private String required(String key) {
            String value = fields.get(key);
            if (value == null || value.isBlank()) {
                throw problem(key + ": is missing", "education.bank.problem.missing", key);
            }
            return value;
        }

        private String optional(String key) {
            String value = fields.get(key);
            return value == null || value.isBlank() ? null : value;
        }

        private void check(boolean holds, String rule, String ruleKey) {
            if (!holds) {
                throw problem(rule, ruleKey);
            }
        }

        private SeedFormatException problem(String what, String key, Object... arguments) {
            return new SeedFormatException(file, firstLine, "question starting here: " + what, key, arguments);
        }
    }
}

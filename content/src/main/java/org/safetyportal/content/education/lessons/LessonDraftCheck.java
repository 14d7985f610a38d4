package org.safetyportal.content.education.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.education.lessons.DraftProblem.Field;

/**
 * Holds a draft's text against the rules a seed lesson is held to (codes of the reference data, minutes, a
 * body, a bank in the seed's format) and the sizes the store keeps: every problem found, each in the editor's
 * words, or the lesson as it would be published.
 */
final class LessonDraftCheck {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_BODY = 100_000;
    static final int MAX_BANK = 200_000;
    private static final int MAX_CATEGORY = 100;
    private static final int MAX_TAGS = 400;
    private static final int MAX_OPTION = 1000;

    private final EducationReference reference;
    private final List<DraftProblem> problems = new ArrayList<>();

    private LessonDraftCheck(EducationReference reference) {
        this.reference = reference;
    }

    /** Every problem of the text; none when it can be published. */
    static List<DraftProblem> problems(LessonDraftText text, EducationReference reference) {
        LessonDraftCheck check = new LessonDraftCheck(reference);
        check.read(text);
        return List.copyOf(check.problems);
    }

    /** The lesson the text makes, or nothing when it has a problem. */
    static Optional<LessonSource> lesson(LessonDraftText text, EducationReference reference) {
        LessonDraftCheck check = new LessonDraftCheck(reference);
        LessonSource lesson = check.read(text);
        return check.problems.isEmpty() ? Optional.of(lesson) : Optional.empty();
    }

    static boolean validCode(String code) {
        return code != null && code.length() <= LessonSeedParser.MAX_CODE && code.matches(LessonSeedParser.CODE_PATTERN);
    }

    private LessonSource read(LessonDraftText text) {
        if (!validCode(text.code())) {
            problems.add(DraftProblem.of(Field.CODE, "education.draft.problem.code", LessonSeedParser.MAX_CODE));
        }
        String titleZh = required(Field.TITLE_ZH, text.titleZh(), MAX_TITLE);
        String titleEn = optional(Field.TITLE_EN, text.titleEn(), MAX_TITLE);
        String summaryZh = required(Field.SUMMARY_ZH, text.summaryZh(), MAX_SUMMARY);
        String summaryEn = optional(Field.SUMMARY_EN, text.summaryEn(), MAX_SUMMARY);
        List<Audience> audiences = codes(Field.AUDIENCES, text.audiences(), reference::audience);
        List<Topic> topics = codes(Field.TOPICS, text.topics(), reference::topic);
        if (text.minutes() < 1 || text.minutes() > 240) {
            problems.add(DraftProblem.of(Field.MINUTES, "education.draft.problem.minutes"));
        }
        String bodyZh = required(Field.BODY_ZH, text.bodyZh(), MAX_BODY);
        String bodyEn = optional(Field.BODY_EN, text.bodyEn(), MAX_BODY);
        List<BankQuestion> questions = bank(text.bank());
        return new LessonSource(text.code(), new LocalizedName(titleZh, titleEn), new LocalizedName(summaryZh, summaryEn),
                audiences, topics, text.minutes(), bodyZh, bodyEn.isEmpty() ? null : bodyEn, questions);
    }

    private List<BankQuestion> bank(String text) {
        if (text == null || text.isBlank()) {
            problems.add(DraftProblem.of(Field.BANK, "education.bank.problem.empty"));
            return List.of();
        }
        if (text.length() > MAX_BANK) {
            problems.add(DraftProblem.of(Field.BANK, "education.draft.problem.tooLong", MAX_BANK));
            return List.of();
        }
        List<BankQuestion> questions;
        try {
            questions = QuestionBankParser.parse("bank", text);
        } catch (SeedFormatException wrong) {
            problems.add(wrong.asDraftProblem(Field.BANK));
            return List.of();
        }
        for (BankQuestion q : questions) {
            boolean fits = q.category().length() <= MAX_CATEGORY && String.join(",", q.tags()).length() <= MAX_TAGS
                    && q.options().stream().allMatch(o -> o.textZh().length() <= MAX_OPTION
                            && (o.textEn() == null || o.textEn().length() <= MAX_OPTION));
            if (!fits) {
                problems.add(DraftProblem.of(Field.BANK, "education.draft.problem.questionTooLong", q.position(),
                        MAX_CATEGORY, MAX_TAGS, MAX_OPTION));
            }
        }
        return questions;
    }

    private <T> List<T> codes(Field field, List<String> codes, Function<String, Optional<T>> lookUp) {
        List<T> found = new ArrayList<>();
        for (String code : codes) {
            lookUp.apply(code).filter(item -> !found.contains(item)).ifPresentOrElse(found::add,
                    () -> problems.add(DraftProblem.of(field, "education.draft.problem.unknownCode", code)));
        }
        if (codes.isEmpty()) {
            problems.add(DraftProblem.of(field, "education.draft.problem.required"));
        }
        return found;
    }

    private String required(Field field, String value, int max) {
        String text = optional(field, value, max);
        if (text.isEmpty()) {
            problems.add(DraftProblem.of(field, "education.draft.problem.required"));
        }
        return text;
    }

    private String optional(Field field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            problems.add(DraftProblem.of(field, "education.draft.problem.tooLong", max));
        }
        return text;
    }
}

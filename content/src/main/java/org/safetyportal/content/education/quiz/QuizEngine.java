package org.safetyportal.content.education.quiz;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.lessons.BankOption;
import org.safetyportal.content.education.lessons.BankQuestion;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.lessons.QuestionKind;

/**
 * Runs quizzes on a lesson's bank, grading on the server only. An attempt draws N questions at random,
 * shuffles each question's options and gives every option an id made for this attempt alone; the taker
 * gets the {@link Paper} (texts and those ids, nothing about which is right). Answers are checked here
 * against the published bank; whether one was right, the right options and the explanation go back only
 * once it is answered (immediate feedback) or once the attempt is submitted (deferred), never before.
 * Time limits and attempt limits are kept here too, whatever a page shows.
 */
@Singleton
public class QuizEngine {

    private static final char[] KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final QuizRepository repository;
    private final LessonLibrary library;
    private final CityClock clock;
    private final DSLContext dsl;
    private final SecureRandom random = new SecureRandom();

    QuizEngine(QuizRepository repository, LessonLibrary library, CityClock clock, DSLContext dsl) {
        this.repository = repository;
        this.library = library;
        this.clock = clock;
        this.dsl = dsl;
    }

    /**
     * The same engine reading the time from another clock, with every rule as here: how a group session held
     * before (the demonstration data's) is entered as it happened.
     */
    public QuizEngine at(CityClock otherClock) {
        return new QuizEngine(repository, library, otherClock, dsl);
    }

    /** The settings of the self-study quiz on this lesson's page, or nothing when the lesson has no bank. */
    public Optional<QuizSettings> selfStudy(String lessonCode) {
        return library.bank(lessonCode).filter(bank -> !bank.isEmpty()).map(bank -> QuizSettings.selfStudy(bank.size()));
    }

    /** Attempts this taker has left on this lesson with these settings; -1 when there is no limit. */
    public int attemptsLeft(String lessonCode, String takerKey, QuizSettings settings) {
        if (settings.attemptLimit() == 0) {
            return -1;
        }
        Lesson lesson = lesson(lessonCode);
        return Math.max(0, settings.attemptLimit() - repository.attemptsOf(lesson.id(), takerKey));
    }

    /** Starts an attempt: draws the questions and shuffles the options; refused when the taker's attempts are used up. */
    public Paper start(String lessonCode, String takerKey, QuizSettings requested) {
        return start(lessonCode, takerKey, requested, null);
    }

    /**
     * Starts an attempt that must also end by {@code notAfter} (a group session's closing time), whatever its
     * time limit; answers after it are refused as after any deadline. Null: only the time limit counts.
     */
    public Paper start(String lessonCode, String takerKey, QuizSettings requested, Instant notAfter) {
        return startOnEdition(lesson(lessonCode).id(), takerKey, requested, notAfter);
    }

    /**
     * Starts an attempt on one published edition of a lesson (by its id), whichever is newest now: a group session's
     * participants all answer the edition the session was made with.
     */
    public Paper startOnEdition(int lessonId, String takerKey, QuizSettings requested, Instant notAfter) {
        List<BankQuestion> bank = library.bankOfEdition(lessonId).orElseThrow(() -> new ValidationException("quiz.lesson.unknown"));
        QuizSettings settings = requested.checkedFor(bank.size());
        if (takerKey == null || takerKey.isBlank() || takerKey.length() > 64) {
            throw new ValidationException("quiz.taker.unknown");
        }
        List<BankQuestion> drawn = new ArrayList<>(bank);
        Collections.shuffle(drawn, random);
        drawn = drawn.subList(0, settings.questionCount());
        List<StoredAttempt.Item> items = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            // True before false always, as a paper would print them; other options in a new order each attempt.
            List<BankOption> options;
            if (drawn.get(i).kind() == QuestionKind.TRUE_FALSE) {
                options = drawn.get(i).trueBeforeFalse();
            } else {
                options = new ArrayList<>(drawn.get(i).options());
                Collections.shuffle(options, random);
            }
            List<StoredAttempt.Choice> choices = new ArrayList<>();
            for (int o = 0; o < options.size(); o++) {
                choices.add(new StoredAttempt.Choice(o + 1, key(12), options.get(o).position(), false));
            }
            items.add(new StoredAttempt.Item(i + 1, drawn.get(i).position(), null, choices));
        }
        String key = key(32);
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        Instant deadline = settings.timeLimit() == null ? null : now.plus(settings.timeLimit());
        if (notAfter != null && (deadline == null || notAfter.isBefore(deadline))) {
            deadline = notAfter.truncatedTo(ChronoUnit.MILLIS);
        }
        Instant until = deadline;
        int id = dsl.transactionResult(() -> {
            // Counted and written in one transaction. One taker's starts come one at a time (a browser session's
            // requests are handled in turn), so the count cannot be overtaken by a second start of the same taker.
            if (settings.attemptLimit() > 0 && repository.attemptsOf(lessonId, takerKey) >= settings.attemptLimit()) {
                throw new ValidationException("quiz.attempts.usedUp", settings.attemptLimit());
            }
            return repository.insert(key, lessonId, takerKey, settings, now, until, items);
        });
        // The paper is made from what was just written, not read back: a classroom starts at the same moment.
        StoredAttempt started = new StoredAttempt(id, key, lessonId, library.codeOfEdition(lessonId).orElseThrow(), takerKey,
                settings, now, until, null, null, null, items);
        return paper(started, positions(bank));
    }

    /** The attempt as its taker sees it, if the key names one. */
    public Optional<Paper> paper(String attemptKey) {
        return attempt(attemptKey).map(a -> paper(a, bankOf(a)));
    }

    /**
     * Records the taker's choice on one question; answers the feedback at once when the attempt gives it
     * immediately. Refused after the time limit, after submission, and (with immediate feedback) for a
     * question already checked.
     */
    public Optional<QuestionFeedback> answer(String attemptKey, int position, Set<String> optionIds) {
        requireWellFormed(attemptKey);
        return dsl.transactionResult(() -> {
            StoredAttempt a = repository.attemptForUpdate(attemptKey)
                    .orElseThrow(() -> new ValidationException("quiz.attempt.unknown"));
            Map<Integer, BankQuestion> bank = bankOf(a);
            StoredAttempt.Item item = checked(a, bank, position, optionIds, clock.now());
            Set<String> chosen = Set.copyOf(optionIds);
            repository.choose(a.id(), Map.of(position, chosen), clock.now());
            return a.settings().feedback() == Feedback.IMMEDIATE
                    ? Optional.of(feedback(item, bank.get(item.questionPosition()), chosen))
                    : Optional.<QuestionFeedback>empty();
        });
    }

    /** Checks one answer against the attempt's state and rules; answers the item it answers. */
    private StoredAttempt.Item checked(StoredAttempt a, Map<Integer, BankQuestion> bank, int position, Set<String> optionIds,
            Instant now) {
        if (a.submitted()) {
            throw new ValidationException("quiz.attempt.submitted");
        }
        if (a.deadline() != null && now.isAfter(a.deadline())) {
            throw new ValidationException("quiz.attempt.timeUp");
        }
        StoredAttempt.Item item = a.item(position);
        if (item == null) {
            throw new ValidationException("quiz.answer.unknownQuestion");
        }
        if (a.settings().feedback() == Feedback.IMMEDIATE && item.answeredAt() != null) {
            throw new ValidationException("quiz.answer.alreadyChecked");
        }
        Set<String> keys = item.choices().stream().map(StoredAttempt.Choice::optionKey).collect(Collectors.toSet());
        Set<String> chosen = optionIds == null ? Set.of() : Set.copyOf(optionIds);
        if (!keys.containsAll(chosen)) {
            throw new ValidationException("quiz.answer.unknownOption");
        }
        if (chosen.isEmpty()) {
            throw new ValidationException("quiz.answer.none");
        }
        if (bank.get(item.questionPosition()).kind() != QuestionKind.MULTIPLE && chosen.size() != 1) {
            throw new ValidationException("quiz.answer.chooseOne");
        }
        return item;
    }

    /** Submits the attempt and grades it (an unanswered question counts as wrong); a second submission answers the same result. */
    public QuizResult submit(String attemptKey) {
        return submit(attemptKey, Map.of());
    }

    /**
     * Submits with the choices the page still holds for questions not yet answered (in the same transaction,
     * so a paper is handed in whole); a choice that breaks a rule or comes after the time limit is left out.
     */
    public QuizResult submit(String attemptKey, Map<Integer, Set<String>> lastChoices) {
        requireWellFormed(attemptKey);
        // One locked read, a few set-wise writes, and the result made from what was written: a whole class hands in
        // at the bell, so a submission costs the same few statements however many questions the paper has.
        return dsl.transactionResult(() -> {
            StoredAttempt a = repository.attemptForUpdate(attemptKey)
                    .orElseThrow(() -> new ValidationException("quiz.attempt.unknown"));
            Map<Integer, BankQuestion> bank = bankOf(a);
            if (!a.submitted()) {
                Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
                Map<Integer, Set<String>> accepted = new LinkedHashMap<>();
                for (Map.Entry<Integer, Set<String>> choice : lastChoices.entrySet()) {
                    StoredAttempt.Item item = a.item(choice.getKey());
                    if (item != null && item.answeredAt() == null && !choice.getValue().isEmpty()) {
                        try {
                            checked(a, bank, choice.getKey(), choice.getValue(), now);
                            accepted.put(choice.getKey(), Set.copyOf(choice.getValue()));
                        } catch (ValidationException late) {
                            // Graded as unanswered, as the rules say for this choice.
                        }
                    }
                }
                repository.choose(a.id(), accepted, now);
                a = a.answered(accepted, now);
                Map<Integer, Boolean> correct = new LinkedHashMap<>();
                for (StoredAttempt.Item item : a.items()) {
                    correct.put(item.position(), feedback(item, bank.get(item.questionPosition()), chosen(item)).correct());
                }
                int score = (int) correct.values().stream().filter(Boolean::booleanValue).count();
                boolean passed = score * 100 >= a.settings().passMark() * a.items().size();
                Instant gradedAt = clock.now().truncatedTo(ChronoUnit.MICROS);
                repository.grade(a.id(), correct, score, passed, gradedAt);
                a = a.graded(score, passed, gradedAt);
            }
            return result(a, bank);
        });
    }

    /** The graded attempt with its review, once submitted; nothing before. */
    public Optional<QuizResult> result(String attemptKey) {
        return attempt(attemptKey).filter(StoredAttempt::submitted).map(a -> result(a, bankOf(a)));
    }

    private QuizResult result(StoredAttempt a, Map<Integer, BankQuestion> bank) {
        List<QuestionFeedback> review = a.items().stream()
                .map(item -> feedback(item, bank.get(item.questionPosition()), chosen(item))).toList();
        return new QuizResult(a.key(), a.score(), a.items().size(), a.settings().passMark(), Boolean.TRUE.equals(a.passed()),
                paper(a, bank).questions(), review);
    }

    private static QuestionFeedback feedback(StoredAttempt.Item item, BankQuestion question, Set<String> chosen) {
        Set<Integer> rightPositions = question.options().stream().filter(BankOption::correct).map(BankOption::position)
                .collect(Collectors.toSet());
        Set<String> right = item.choices().stream().filter(c -> rightPositions.contains(c.optionPosition()))
                .map(StoredAttempt.Choice::optionKey).collect(Collectors.toSet());
        return new QuestionFeedback(item.position(), !chosen.isEmpty() && chosen.equals(right), right, chosen,
                question.explanationZh(), question.explanationEn());
    }

    private static Set<String> chosen(StoredAttempt.Item item) {
        Set<String> chosen = new HashSet<>();
        item.choices().stream().filter(StoredAttempt.Choice::chosen).forEach(c -> chosen.add(c.optionKey()));
        return chosen;
    }

    private static Paper paper(StoredAttempt a, Map<Integer, BankQuestion> bank) {
        List<PaperQuestion> questions = a.items().stream().map(item -> {
            BankQuestion q = bank.get(item.questionPosition());
            Map<Integer, BankOption> options = q.options().stream()
                    .collect(Collectors.toMap(BankOption::position, o -> o));
            return new PaperQuestion(item.position(), q.kind(), q.stemZh(), q.stemEn(), item.choices().stream()
                    .map(c -> new PaperOption(c.optionKey(), options.get(c.optionPosition()).textZh(),
                            options.get(c.optionPosition()).textEn()))
                    .toList());
        }).toList();
        Set<Integer> answered = a.items().stream().filter(i -> i.answeredAt() != null).map(StoredAttempt.Item::position)
                .collect(Collectors.toSet());
        return new Paper(a.key(), a.lessonCode(), a.settings(), a.startedAt(), a.deadline(), questions, answered,
                a.submitted());
    }

    private Optional<StoredAttempt> attempt(String key) {
        if (!wellFormed(key)) {
            return Optional.empty();
        }
        return repository.attempt(key);
    }

    private static boolean wellFormed(String attemptKey) {
        return attemptKey != null && attemptKey.length() == 32;
    }

    private static void requireWellFormed(String attemptKey) {
        if (!wellFormed(attemptKey)) {
            throw new ValidationException("quiz.attempt.unknown");
        }
    }

    private Map<Integer, BankQuestion> bankOf(StoredAttempt a) {
        return positions(library.bankOfEdition(a.lessonId()).orElseThrow());
    }

    private static Map<Integer, BankQuestion> positions(List<BankQuestion> bank) {
        return bank.stream().collect(Collectors.toMap(BankQuestion::position, q -> q));
    }

    private Lesson lesson(String code) {
        return library.lesson(code).orElseThrow(() -> new ValidationException("quiz.lesson.unknown"));
    }

    private String key(int length) {
        char[] key = new char[length];
        for (int i = 0; i < length; i++) {
            key[i] = KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)];
        }
        return new String(key);
    }
}

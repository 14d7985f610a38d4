package org.safetyportal.content.education.lessons;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.publishing.PublicationRecorder;
import org.safetyportal.content.publishing.PublicationRecorder.Recording;

/**
 * Lessons drafted by education staff and published by a second person. An editor drafts a new lesson or the
 * next edition of a published one and submits it; another editor who had no hand in it (started, saved,
 * submitted) publishes it, through the ledger, as a new edition, or returns it with a reason. Every action
 * checks the actor's rights as they stand at that moment; the four-eyes rule is checked in the transaction
 * that publishes, so no page can get round it.
 */
@Singleton
public class LessonDrafting {

    static final int MAX_REASON = 1000;

    private final LessonDraftRepository drafts;
    private final LessonRepository lessons;
    private final EducationReference reference;
    private final PublicationRecorder recorder;
    private final CurrentRights rights;
    private final LessonImageRepository images;

    LessonDrafting(LessonDraftRepository drafts, LessonRepository lessons, EducationReference reference,
            PublicationRecorder recorder, CurrentRights rights, LessonImageRepository images) {
        this.images = images;
        this.drafts = drafts;
        this.lessons = lessons;
        this.reference = reference;
        this.recorder = recorder;
        this.rights = rights;
    }

    /** Starts a new lesson under a code no lesson has; its text may be unfinished, it is checked on submitting. */
    public LessonDraft startNew(Actor actor, LessonDraftText text) {
        if (!LessonDraftCheck.validCode(text.code())) {
            throw new ValidationException("education.draft.problem.code", LessonSeedParser.MAX_CODE);
        }
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.DRAFT_LESSONS);
            recording.takeTurn();
            if (lessons.newestEdition(text.code()) > 0) {
                throw new ValidationException("education.draft.codeTaken", text.code());
            }
            return started(recording, text, null);
        });
    }

    /** Starts the next edition of a published lesson, holding the newest edition's text and bank. */
    public LessonDraft startEdition(Actor actor, String code) {
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.DRAFT_LESSONS);
            recording.takeTurn();
            PublishedLesson newest = lessons.current().stream().filter(p -> p.lesson().code().equals(code)).findFirst()
                    .orElseThrow(() -> new ValidationException("quiz.lesson.unknown"));
            Lesson l = newest.lesson();
            LessonDraftText text = new LessonDraftText(l.code(), l.title().zh(), l.title().en(), l.summary().zh(),
                    l.summary().en(), l.audiences().stream().map(Audience::code).toList(),
                    l.topics().stream().map(Topic::code).toList(), l.minutes(), l.bodyZh(), l.bodyEn(),
                    BankText.write(newest.questions()));
            return started(recording, text, l.id());
        });
    }

    private LessonDraft started(Recording recording, LessonDraftText text, Integer basedOnId) {
        if (drafts.openDraftOf(text.code())) {
            throw new ValidationException("education.draft.exists", text.code());
        }
        int id = drafts.insert(text, basedOnId, recording.actor().username(), recording.now());
        recording.audit(LessonAuditActions.DRAFT_STARTED, subject(id), text.code());
        return drafts.draft(id, false).orElseThrow();
    }

    /** Keeps what the editor wrote so far (under the draft's own code); only a draft not yet submitted changes. */
    public LessonDraft save(Actor actor, int draftId, LessonDraftText text) {
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.DRAFT_LESSONS);
            LessonDraft draft = inStatus(draftId, DraftStatus.DRAFT, true);
            drafts.saveText(draftId, text.withCode(draft.code()), recording.actor().username());
            recording.audit(LessonAuditActions.DRAFT_SAVED, subject(draftId), draft.code());
            return drafts.draft(draftId, false).orElseThrow();
        });
    }

    /** Every problem that keeps this text from being published, in the order of the form; none when it may be. */
    public List<DraftProblem> problems(LessonDraftText text) {
        List<DraftProblem> problems = new java.util.ArrayList<>(LessonDraftCheck.problems(text, reference));
        problems.addAll(imageProblems(DraftProblem.Field.BODY_ZH, text.bodyZh()));
        problems.addAll(imageProblems(DraftProblem.Field.BODY_EN, text.bodyEn()));
        return List.copyOf(problems);
    }

    /** A picture the body names that was never uploaded: the public would see a gap. */
    private List<DraftProblem> imageProblems(DraftProblem.Field field, String body) {
        Set<String> named = LessonMarkdown.uploadedImages(body);
        if (named.isEmpty()) {
            return List.of();
        }
        named.removeAll(images.existing(named));
        return named.stream().map(name -> DraftProblem.of(field, "education.draft.problem.unknownImage", name)).toList();
    }

    /**
     * The body in the reader's language as the public will see it (Chinese where no English is written), the seed's
     * images under {@code imageBase} and uploaded pictures under {@code uploadedBase} (where editors may see them).
     */
    public String preview(LessonDraftText text, Locale locale, String imageBase, String uploadedBase) {
        String body = Texts.in(locale, text.bodyZh() == null ? "" : text.bodyZh(), text.bodyEn());
        return LessonMarkdown.html(body, imageBase, uploadedBase);
    }

    /** Hands the draft to a second person; refused while it has a problem. */
    public LessonDraft submit(Actor actor, int draftId) {
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.DRAFT_LESSONS);
            LessonDraft draft = inStatus(draftId, DraftStatus.DRAFT, true);
            if (!problems(draft.text()).isEmpty()) {
                throw new ValidationException("education.draft.hasProblems");
            }
            drafts.markSubmitted(draftId, recording.actor().username(), recording.now());
            recording.audit(LessonAuditActions.SUBMITTED, subject(draftId), draft.code());
            return drafts.draft(draftId, false).orElseThrow();
        });
    }

    /** Sends a submitted draft back to be changed, saying why. */
    public LessonDraft returnForChanges(Actor actor, int draftId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new ValidationException("education.draft.reasonRequired", MAX_REASON);
        }
        return recorder.deciding(actor, recording -> {
            LessonDraft draft = decidable(recording, draftId);
            drafts.markReturned(draftId, recording.actor().username(), why);
            recording.audit(LessonAuditActions.RETURNED, subject(draftId), why);
            return drafts.draft(draft.id(), false).orElseThrow();
        });
    }

    /**
     * Publishes a submitted draft as the next edition of its code (the first for a new lesson), with its bank, in the
     * ledger. Refused if another edition was published since the draft was started: it would silently undo it.
     */
    public Lesson publish(Actor actor, int draftId) {
        return recorder.deciding(actor, recording -> {
            LessonDraft draft = decidable(recording, draftId);
            LessonSource source = LessonDraftCheck.lesson(draft.text(), reference)
                    .orElseThrow(() -> new ValidationException("education.draft.hasProblems"));
            int newest = lessons.newestEdition(draft.code());
            if (newest != draft.basedOnEdition()) {
                throw new ValidationException("education.draft.outdated", newest);
            }
            int edition = newest + 1;
            String publishedBy = recording.actor().username();
            java.util.Collection<String> shown = LessonMarkdown.uploadedImages(source.bodyZh(), source.bodyEn());
            java.util.Map<String, String> imageHashes = LessonImages.hashes(images, shown);
            if (imageHashes.size() != shown.size()) {
                throw new ValidationException("education.draft.hasProblems");
            }
            String canonical = LessonContentSource.canonical(source, edition, publishedBy, imageHashes);
            int lessonId = recording.publish(LessonPublishing.PUBLISHED, canonical,
                    (at, hash) -> lessons.insert(source, edition, publishedBy, at, hash), draft.code() + " #" + edition);
            drafts.markPublished(draftId, lessonId);
            return lessons.byId(lessonId).orElseThrow().lesson();
        });
    }

    /** Drafts being written or waiting for a decision, for staff who draft or publish lessons. */
    public List<LessonDraft> openDrafts(Actor actor) {
        requireEditor(rights.of(actor));
        return drafts.inStatus(EnumSet.of(DraftStatus.DRAFT, DraftStatus.SUBMITTED));
    }

    public Optional<LessonDraft> draft(Actor actor, int draftId) {
        requireEditor(rights.of(actor));
        return drafts.draft(draftId, false);
    }

    /** What publishing the draft would change: the newest published edition of its code beside the draft, if there is one. */
    public Optional<LessonDraftText> publishedText(Actor actor, LessonDraft draft) {
        requireEditor(rights.of(actor));
        return lessons.current().stream().filter(p -> p.lesson().code().equals(draft.code())).findFirst().map(p -> {
            Lesson l = p.lesson();
            return new LessonDraftText(l.code(), l.title().zh(), l.title().en(), l.summary().zh(), l.summary().en(),
                    l.audiences().stream().map(Audience::code).toList(), l.topics().stream().map(Topic::code).toList(),
                    l.minutes(), l.bodyZh(), l.bodyEn(), BankText.write(p.questions()));
        });
    }

    /** Whether the actor may publish or return this draft now: a submitted draft they had no hand in. */
    public boolean mayDecide(Actor actor, LessonDraft draft) {
        Actor current = rights.of(actor);
        return draft.status() == DraftStatus.SUBMITTED && current.isPermitted(Permissions.PUBLISH_LESSONS)
                && !contributors(draft).contains(current.username());
    }

    public boolean mayEdit(Actor actor, LessonDraft draft) {
        return draft.status() == DraftStatus.DRAFT && rights.of(actor).isPermitted(Permissions.DRAFT_LESSONS);
    }

    /** Four eyes: whoever started, saved or submitted the draft may not also decide it. */
    private LessonDraft decidable(Recording recording, int draftId) {
        recording.actor().require(Permissions.PUBLISH_LESSONS);
        recording.takeTurn();
        LessonDraft draft = inStatus(draftId, DraftStatus.SUBMITTED, true);
        if (contributors(draft).contains(recording.actor().username())) {
            throw new FourEyesViolation("education.draft.contributor", subject(draftId));
        }
        return draft;
    }

    private Set<String> contributors(LessonDraft draft) {
        Set<String> contributors = new java.util.HashSet<>(drafts.contributors(draft.id()));
        contributors.add(draft.draftedBy());
        return contributors;
    }

    private LessonDraft inStatus(int draftId, DraftStatus expected, boolean lock) {
        LessonDraft draft = drafts.draft(draftId, lock).orElseThrow(() -> new ValidationException("education.draft.notFound"));
        if (draft.status() != expected) {
            throw new ValidationException("education.draft.wrongStatus");
        }
        return draft;
    }

    private static void requireEditor(Actor actor) {
        if (!actor.isPermitted(Permissions.PUBLISH_LESSONS)) {
            actor.require(Permissions.DRAFT_LESSONS);
        }
    }

    private static String subject(int draftId) {
        return "lesson-draft:" + draftId;
    }
}

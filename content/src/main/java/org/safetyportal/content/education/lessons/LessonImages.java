package org.safetyportal.content.education.lessons;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * Pictures that editors upload to a lesson draft: checked and written anew on the server
 * ({@link LessonImagePreparation}), kept once by the SHA-256 of the written bytes, at most {@link #MAX_PER_DRAFT} per
 * draft. Editors see every kept picture (the draft's preview); the public sees one only while a published edition
 * shows it ({@link LessonLibrary#publishedImage}).
 */
@Singleton
public class LessonImages {

    public static final int MAX_PER_DRAFT = 10;
    public static final int MAX_BYTES = LessonImagePreparation.MAX_BYTES;
    static final int NAME_DIGITS = 16;

    private final LessonImageRepository images;
    private final LessonDraftRepository drafts;
    private final PublicationRecorder recorder;
    private final CurrentRights rights;

    LessonImages(LessonImageRepository images, LessonDraftRepository drafts, PublicationRecorder recorder, CurrentRights rights) {
        this.images = images;
        this.drafts = drafts;
        this.recorder = recorder;
        this.rights = rights;
    }

    /** Reads what the editor sent (no further than {@link #MAX_BYTES}) and keeps it for the draft; refused in words. */
    public LessonImage upload(Actor actor, int draftId, InputStream sent) {
        byte[] bytes;
        try {
            bytes = LessonImagePreparation.readBounded(sent);
        } catch (IOException unreadable) {
            throw new ValidationException("education.image.unreadable");
        }
        return upload(actor, draftId, bytes);
    }

    public LessonImage upload(Actor actor, int draftId, byte[] sent) {
        rights.of(actor).require(Permissions.DRAFT_LESSONS);
        // Decoded before the transaction: a picture takes a while, and no row needs to wait for it.
        LessonImagePreparation.Prepared prepared = LessonImagePreparation.prepare(sent);
        String sha256 = Sha256.of(prepared.bytes());
        LessonImage image = new LessonImage(sha256.substring(0, NAME_DIGITS) + "." + prepared.extension(), sha256,
                prepared.mediaType(), prepared.width(), prepared.height(), prepared.bytes());
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.DRAFT_LESSONS);
            LessonDraft draft = drafts.draft(draftId, true).orElseThrow(() -> new ValidationException("education.draft.notFound"));
            if (draft.status() != DraftStatus.DRAFT) {
                throw new ValidationException("education.draft.wrongStatus");
            }
            if (!images.attached(draftId, sha256) && images.countOf(draftId) >= MAX_PER_DRAFT) {
                throw new ValidationException("education.image.tooMany", MAX_PER_DRAFT);
            }
            images.insertIfAbsent(image, recording.actor().username(), recording.now());
            images.attach(draftId, sha256);
            drafts.contributed(draftId, recording.actor().username());
            recording.audit(LessonAuditActions.IMAGE_UPLOADED, "lesson-draft:" + draftId, image.name());
            return image;
        });
    }

    /** The pictures uploaded to a draft, for its editors. */
    public List<LessonImage> ofDraft(Actor actor, int draftId) {
        requireEditor(rights.of(actor));
        return images.ofDraft(draftId);
    }

    /** Any kept picture by its name, for staff who draft or publish lessons (a draft's preview). */
    public Optional<LessonImage> forEditors(Actor actor, String name) {
        requireEditor(rights.of(actor));
        if (name == null || !LessonMarkdown.UPLOADED_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return images.byName(name);
    }

    /** Name to the SHA-256 of the bytes kept under it now, for the names that are kept (what the ledger holds). */
    static Map<String, String> hashes(LessonImageRepository images, Collection<String> names) {
        Map<String, String> hashes = new TreeMap<>();
        images.byNames(names).forEach(i -> hashes.put(i.name(), Sha256.of(i.bytes())));
        return hashes;
    }

    private static void requireEditor(Actor actor) {
        if (!actor.isPermitted(Permissions.PUBLISH_LESSONS)) {
            actor.require(Permissions.DRAFT_LESSONS);
        }
    }
}

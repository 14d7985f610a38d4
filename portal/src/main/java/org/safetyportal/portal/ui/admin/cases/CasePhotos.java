package org.safetyportal.portal.ui.admin.cases;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.photos.StoredPhoto;

/**
 * The photos of a case for its handlers: thumbnails that open the whole photo. Every picture is asked
 * of {@link CaseWork} when the browser fetches it, so the rights are those of that moment; the bytes
 * are the re-encoded JPEGs, which carry no metadata. Nothing here is public.
 */
class CasePhotos extends Div {

    CasePhotos(CaseWork work, Actor actor, int caseId, List<StoredPhoto> photos) {
        setId("case-photos");
        addClassName("case-photos");
        add(new H2(getTranslation("cases.photos.title", photos.size())));
        for (StoredPhoto photo : photos) {
            String name = "case-" + caseId + "-photo-" + photo.position() + ".jpg";
            Image thumbnail = new Image(served(work, actor, caseId, photo.id(), true, name),
                    getTranslation("cases.photos.alt." + photo.kind().name(), photo.position()));
            thumbnail.addClassName("case-photo-thumbnail");
            Anchor whole = new Anchor(served(work, actor, caseId, photo.id(), false, name), AttachmentType.INLINE, "");
            whole.add(thumbnail);
            whole.setTarget(AnchorTarget.BLANK);
            whole.addClassName("case-photo");
            add(whole);
        }
    }

    private static DownloadHandler served(CaseWork work, Actor actor, int caseId, int photoId, boolean thumbnail,
            String name) {
        return DownloadHandler.fromInputStream(request -> {
            Optional<byte[]> bytes;
            try {
                bytes = work.photo(actor, caseId, photoId, thumbnail);
            } catch (AccessDeniedException | ValidationException notTheirs) {
                return DownloadResponse.error(403);
            }
            return bytes.map(jpeg -> new DownloadResponse(new ByteArrayInputStream(jpeg), name, "image/jpeg", jpeg.length))
                    .orElseGet(() -> DownloadResponse.error(404));
        });
    }
}

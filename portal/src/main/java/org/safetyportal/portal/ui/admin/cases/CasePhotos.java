package org.safetyportal.portal.ui.admin.cases;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.photos.StoredPhoto;

/**
 * The photos of a case for its handlers, the reporter's ("before") beside the handler's ("after"):
 * thumbnails that open the whole photo. Every picture is asked
 * of {@link CaseWork} when the browser fetches it, so the rights are those of that moment; the bytes
 * are the re-encoded JPEGs, which carry no metadata. Nothing here is public.
 */
class CasePhotos extends Div {

    CasePhotos(CaseWork work, Actor actor, int caseId, List<StoredPhoto> photos) {
        setId("case-photos");
        addClassName("case-photos");
        add(new H2(getTranslation("cases.photos.title", photos.size())));
        Div groups = new Div();
        groups.addClassName("case-photo-groups");
        for (StoredPhoto.Kind kind : StoredPhoto.Kind.values()) {
            List<StoredPhoto> ofKind = photos.stream().filter(p -> p.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            Div group = new Div(new H3(getTranslation("cases.photos." + kind.name().toLowerCase(Locale.ROOT), ofKind.size())));
            group.setId("case-photos-" + kind.name().toLowerCase(Locale.ROOT));
            group.addClassName("case-photo-group");
            int number = 0;
            for (StoredPhoto photo : ofKind) {
                number++;
                String name = "case-" + caseId + "-" + kind.name().toLowerCase(Locale.ROOT) + "-" + number + ".jpg";
                Image thumbnail = new Image(served(work, actor, caseId, photo.id(), true, name),
                        getTranslation("cases.photos.alt." + kind.name(), number));
                thumbnail.addClassName("case-photo-thumbnail");
                Anchor whole = new Anchor(served(work, actor, caseId, photo.id(), false, name), AttachmentType.INLINE, "");
                whole.add(thumbnail);
                whole.setTarget(AnchorTarget.BLANK);
                whole.addClassName("case-photo");
                group.add(whole);
            }
            groups.add(group);
        }
        add(groups);
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

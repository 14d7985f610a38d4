package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.Messages;
import org.safetyportal.reporting.photos.PhotoPreparation;
import org.safetyportal.reporting.photos.PreparedPhoto;

/**
 * Up to five photos for a report (or a handler's "after" photos of a case, {@link #afterPhotos}). Each
 * file is checked and re-encoded on the server as soon as it arrives ({@link PhotoPreparation}), so the
 * sender sees the thumbnail of what will be kept, or why it was refused, before sending. The browser's
 * own limits (type, size) only spare a phone a useless upload; the server decides.
 */
public class PhotoPicker extends Div {

    private final List<PreparedPhoto> photos = new ArrayList<>();
    private final Upload upload = new Upload(this::received);
    private final Div thumbnails = new Div();
    private final Paragraph message = new Paragraph();
    private final int limit;
    private final Supplier<ValidationException> tooMany;

    PhotoPicker() {
        this("report", PhotoPreparation.MAX_PHOTOS, PhotoPreparation::tooMany);
        Paragraph rules = new Paragraph(getTranslation("report.photos.rules", PhotoPreparation.MAX_PHOTOS,
                PhotoPreparation.MAX_BYTES / (1024 * 1024)));
        rules.setId("report-photo-rules");
        addComponentAsFirst(rules);
    }

    /**
     * A handler's "after" photos of a case that takes {@code left} more of them; ids start with
     * {@code after-} ({@code after-photo-upload}, {@code after-photo-list}, {@code after-photo-message}).
     */
    public static PhotoPicker afterPhotos(int left, Supplier<ValidationException> tooMany) {
        PhotoPicker picker = new PhotoPicker("after", left, tooMany);
        Paragraph rules = new Paragraph(picker.getTranslation("cases.afterPhotos.rules", PhotoPreparation.MAX_PHOTOS, left,
                PhotoPreparation.MAX_BYTES / (1024 * 1024)));
        rules.setId("after-photo-rules");
        picker.addComponentAsFirst(rules);
        return picker;
    }

    private PhotoPicker(String idPrefix, int limit, Supplier<ValidationException> tooMany) {
        this.limit = limit;
        this.tooMany = tooMany;
        setId(idPrefix + "-photos");
        addClassName("report-photos");
        upload.setId(idPrefix + "-photo-upload");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(PhotoPreparation.MAX_BYTES);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage()));
        upload.setWidthFull();
        thumbnails.setId(idPrefix + "-photo-list");
        thumbnails.addClassName("report-photo-list");
        message.setId(idPrefix + "-photo-message");
        message.addClassName("report-error");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        add(upload, message, thumbnails);
    }

    public List<PreparedPhoto> photos() {
        return List.copyOf(photos);
    }

    /** Runs on the upload's request; the form is changed only under the session's lock. */
    private void received(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        PreparedPhoto prepared;
        try {
            // An early answer that spares decoding a sixth photo; the count that decides is taken under the lock below.
            if (photos.size() >= limit) {
                throw tooMany.get();
            }
            prepared = PhotoPreparation.prepare(PhotoPreparation.readBounded(event.getInputStream()));
        } catch (ValidationException refused) {
            ui.access(() -> refuse(Messages.describe(ui.getLocale(), refused)));
            return;
        }
        ui.access(() -> {
            if (photos.size() >= limit) {
                refuse(Messages.describe(ui.getLocale(), tooMany.get()));
                return;
            }
            photos.add(prepared);
            message.setVisible(false);
            upload.clearFileList();
            showThumbnails();
        });
    }

    private void refuse(String why) {
        message.setText(why);
        message.setVisible(true);
        upload.clearFileList();
    }

    private void showThumbnails() {
        thumbnails.removeAll();
        for (int i = 0; i < photos.size(); i++) {
            PreparedPhoto photo = photos.get(i);
            int number = i + 1;
            byte[] thumbnail = photo.thumbnail();
            Image image = new Image(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                    new ByteArrayInputStream(thumbnail), "photo-" + number + ".jpg", "image/jpeg", thumbnail.length)),
                    getTranslation("report.photos.thumbnail", number));
            image.addClassName("report-photo-thumbnail");
            Button remove = new Button(getTranslation("report.photos.remove", number), click -> {
                photos.remove(photo);
                showThumbnails();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Div item = new Div(image, remove);
            item.addClassName("report-photo");
            thumbnails.add(item);
        }
    }

    private UploadI18N i18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("report.photos.add"))
                        .setMany(getTranslation("report.photos.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("report.photos.drop"))
                        .setMany(getTranslation("report.photos.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("reports.photo.tooLarge", PhotoPreparation.MAX_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("reports.photo.notJpegOrPng"))
                        .setTooManyFiles(getTranslation("reports.photo.tooMany", PhotoPreparation.MAX_PHOTOS)));
    }
}

package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.util.function.Consumer;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.education.lessons.LessonImage;
import org.safetyportal.content.education.lessons.LessonImages;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/**
 * Pictures for a lesson draft: an editor uploads a PNG or JPEG, the server checks it and writes it anew
 * ({@link LessonImages}), and the draft offers the Markdown line that shows it, to copy or to insert into the body.
 * A refusal (not a picture, too large, too many pixels, too many pictures) is said in words.
 */
class LessonImageUpload extends Div {

    private final LessonImages images;
    private final Actor actor;
    private final int draftId;
    private final Consumer<String> insert;
    private final Upload upload = new Upload(this::received);
    private final Paragraph message = new Paragraph();
    private final Div lines = new Div();

    LessonImageUpload(LessonImages images, Actor actor, int draftId, Consumer<String> insert) {
        this.images = images;
        this.actor = actor;
        this.draftId = draftId;
        this.insert = insert;
        setId("lesson-images");
        Paragraph rules = new Paragraph(getTranslation("education.images.rules", LessonImages.MAX_BYTES / (1024 * 1024),
                LessonImages.MAX_PER_DRAFT));
        upload.setId("lesson-image-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(LessonImages.MAX_BYTES);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage()));
        message.setId("lesson-image-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        lines.setId("lesson-image-list");
        add(new H3(getTranslation("education.images.heading")), rules, upload, message, lines);
        images.ofDraft(actor, draftId).forEach(this::show);
    }

    /** Runs on the upload's request, outside the session's lock; the page is changed only under it. */
    private void received(UploadEvent event) throws java.io.IOException {
        UI ui = event.getUI();
        LessonImage image;
        try {
            image = images.upload(actor, draftId, event.getInputStream());
        } catch (LocalizedException refused) {
            ui.access(() -> refuse(Messages.describe(ui.getLocale(), refused)));
            return;
        }
        ui.access(() -> {
            upload.clearFileList();
            message.setText(getTranslation("education.images.uploaded"));
            message.setVisible(true);
            if (lines.getChildren().noneMatch(line -> image.name().equals(line.getElement().getProperty("data-name")))) {
                show(image);
            }
        });
    }

    private void show(LessonImage image) {
        TextField line = new TextField();
        line.setLabel(getTranslation("education.images.line", image.width(), image.height()));
        line.setValue(image.markdown(getTranslation("education.images.description")));
        line.setReadOnly(true);
        line.setWidthFull();
        line.addClassName("lesson-image-line");
        Button add = new Button(getTranslation("education.images.insert"), click -> insert.accept(line.getValue()));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClassName("lesson-image-insert");
        Div item = new Div(line, add);
        item.getElement().setProperty("data-name", image.name());
        item.addClassName("lesson-image");
        lines.add(item);
    }

    private void refuse(String why) {
        message.setText(why);
        message.setVisible(true);
        upload.clearFileList();
    }

    private UploadI18N i18n() {
        String tooLarge = getTranslation("education.image.tooLarge", LessonImages.MAX_BYTES / (1024 * 1024));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("education.images.add"))
                        .setMany(getTranslation("education.images.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("education.images.drop"))
                        .setMany(getTranslation("education.images.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(getTranslation("education.image.notImage"))
                        .setTooManyFiles(getTranslation("education.image.tooMany", LessonImages.MAX_PER_DRAFT)));
    }
}

package org.safetyportal.portal.ui.admin.lists;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.lists.ListPublishing;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.SheetProblem;
import org.safetyportal.i18n.Messages;

/**
 * Imports a draft's items from Excel: the publisher downloads the template of the list's type,
 * fills it in and uploads it. Every problem is listed by row and column and the draft stays as it
 * was; a clean workbook replaces the draft's items.
 */
class SheetImportPanel extends Div {

    static final int MAX_MEGABYTES = 5;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Div result = new Div();

    @SuppressWarnings("deprecation") // MemoryBuffer: its events run with the session locked, unlike an UploadHandler's callback
    SheetImportPanel(ListPublishing publishing, Actor actor, ListVersion version, Runnable onImported) {
        setId("sheet-import");
        addClassName("sheet-import");
        Locale locale = getLocale();
        String fileName = Messages.get(locale, "lists.template.fileName") + "-" + version.type().name().toLowerCase(Locale.ROOT) + ".xlsx";
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] workbook = publishing.sheetTemplate(actor, version, locale);
            return new DownloadResponse(new ByteArrayInputStream(workbook), fileName, XLSX, workbook.length);
        }), AttachmentType.DOWNLOAD, getTranslation("admin.lists.import.download"));
        template.setId("download-template");

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setUploadButton(new Button(getTranslation("admin.lists.import.upload")));
        upload.setDropLabel(new Span(getTranslation("admin.lists.import.drop")));
        String rejected = getTranslation("admin.lists.import.rejected", MAX_MEGABYTES);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(rejected).setIncorrectFileType(rejected).setTooManyFiles(rejected)));
        upload.addFileRejectedListener(event -> show(List.of(new Paragraph(rejected)), true));
        upload.addSucceededListener(event -> {
            List<SheetProblem> problems = publishing.importItems(actor, version.id(), read(buffer));
            upload.clearFileList();
            if (problems.isEmpty()) {
                onImported.run();
            } else {
                showProblems(problems);
            }
        });
        result.setId("import-result");
        add(new H2(getTranslation("admin.lists.import.heading")),
                new Paragraph(getTranslation("admin.lists.import.hint", MAX_MEGABYTES)), template, upload, result);
    }

    private void showProblems(List<SheetProblem> problems) {
        UnorderedList list = new UnorderedList();
        list.setId("import-problems");
        for (SheetProblem problem : problems) {
            String reason = Messages.describe(getLocale(), problem.reason());
            list.add(new ListItem(problem.column() == null ? reason : getTranslation("admin.lists.import.problemAt",
                    problem.column(), getTranslation("lists.field." + problem.field()), reason)));
        }
        show(List.of(new Paragraph(getTranslation("admin.lists.import.problems", problems.size())), list), true);
    }

    private void show(List<com.vaadin.flow.component.Component> content, boolean error) {
        result.removeAll();
        content.forEach(result::add);
        result.setClassName("form-error", error);
    }

    @SuppressWarnings("deprecation")
    private static byte[] read(MemoryBuffer buffer) {
        try {
            return buffer.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

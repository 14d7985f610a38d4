package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.safetyportal.content.education.sessions.JoinQrCode;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.intake.Receipt;

/**
 * Shown once the report is stored: the tracking code and the PIN, large enough to copy down, the
 * department that will handle it and why, and where to follow it: as a link, as a QR code of the
 * tracking address (the code only, never the PIN) and as a small text file to keep. The PIN is never
 * shown again.
 */
class ReceiptPanel extends Div {

    private static final int QR_SIZE = 240;

    /** {@code trackingAddress}: where this report is followed, e.g. https://portal.example/track?code=ABCD… */
    ReceiptPanel(Receipt receipt, String trackingAddress, ZoneId zone) {
        setId("report-receipt");
        addClassName("report-receipt");
        getElement().setAttribute("role", "status");
        HazardCase hazardCase = receipt.hazardCase();
        H2 heading = new H2(getTranslation("report.receipt.title"));
        heading.setId("receipt-heading");
        add(heading, new Paragraph(getTranslation("report.receipt.text")),
                value("report.receipt.code", receipt.formattedCode(), "receipt-code"),
                value("report.receipt.pin", receipt.pin(), "receipt-pin"),
                new Paragraph(getTranslation("report.receipt.keep")));
        Paragraph department = new Paragraph(getTranslation("report.receipt.department",
                hazardCase.department().name().in(getLocale())));
        department.setId("receipt-department");
        add(department, new WhyThisDepartment(hazardCase.sector(), hazardCase.area(), hazardCase.routedDepartment(),
                hazardCase.rule(), hazardCase.basis()));
        RouterLink track = new RouterLink(getTranslation("report.receipt.track"), TrackView.class);
        track.setId("receipt-track");
        add(track, qrCode(receipt, trackingAddress), download(receipt, trackingAddress, zone));
    }

    private Div value(String labelKey, String value, String id) {
        Span shown = new Span(value);
        shown.setId(id);
        shown.addClassName("receipt-value");
        Div line = new Div(new Span(getTranslation(labelKey)), shown);
        line.addClassName("receipt-line");
        return line;
    }

    private Div qrCode(Receipt receipt, String trackingAddress) {
        byte[] png = JoinQrCode.png(trackingAddress, QR_SIZE);
        Image qr = new Image(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(png), "track-" + receipt.trackingCode() + ".png", "image/png", png.length)),
                getTranslation("report.receipt.qr", receipt.formattedCode()));
        qr.setId("receipt-qr");
        qr.setWidth(QR_SIZE + "px");
        qr.setHeight(QR_SIZE + "px");
        Div box = new Div(qr, new Paragraph(getTranslation("report.receipt.qr.help")));
        box.addClassName("receipt-qr");
        return box;
    }

    /** The receipt as a small UTF-8 text file, made in memory when asked for; it holds the PIN, as the screen does. */
    private Anchor download(Receipt receipt, String trackingAddress, ZoneId zone) {
        String text = String.join("\r\n",
                getTranslation("report.receipt.file.title"),
                getTranslation("report.receipt.code") + " " + receipt.formattedCode(),
                getTranslation("report.receipt.pin") + " " + receipt.pin(),
                getTranslation("report.receipt.file.date", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone)
                        .format(receipt.hazardCase().submittedAt())),
                getTranslation("report.receipt.department", receipt.hazardCase().department().name().in(getLocale())),
                getTranslation("report.receipt.file.follow", trackingAddress),
                getTranslation("report.receipt.file.private"), "");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "receipt-" + receipt.trackingCode() + ".txt", "text/plain; charset=utf-8",
                bytes.length)), AttachmentType.DOWNLOAD, getTranslation("report.receipt.download"));
        anchor.setId("receipt-download");
        return anchor;
    }
}

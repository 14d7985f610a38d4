package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.safetyportal.content.education.certificates.Certificate;
import org.safetyportal.content.education.certificates.Certificates;
import org.safetyportal.content.education.print.LessonPrints;

/**
 * The education PDFs: a published lesson's printable copy ({@code /api/education/lessons/{code}.pdf}, written once
 * per ledger head and kept) and a certificate by its code ({@code /api/education/certificates/{code}.pdf}). In the
 * language of {@code ?lang=}. An unknown or unpublished lesson, or a code that names no certificate, answers 404.
 */
@Controller("/api/education")
class EducationPdfController {

    private static final MediaType PDF = MediaType.of("application/pdf");
    private static final String SUFFIX = ".pdf";

    private final LessonPrints prints;
    private final Certificates certificates;

    EducationPdfController(LessonPrints prints, Certificates certificates) {
        this.prints = prints;
        this.certificates = certificates;
    }

    @Get("/lessons/{file}")
    HttpResponse<byte[]> lesson(HttpRequest<?> request, String file) {
        String code = withoutSuffix(file);
        byte[] pdf = prints.pdf(code, ApiLanguage.of(request), AtomFeed.baseUrl(request))
                .orElseThrow(ResourceNotFoundException::new);
        return respond(pdf, "lesson-" + code + SUFFIX, "public, max-age=300");
    }

    @Get("/certificates/{file}")
    HttpResponse<byte[]> certificate(HttpRequest<?> request, String file) {
        Certificates.Verification verified = certificates.verify(withoutSuffix(file));
        if (!verified.valid()) {
            throw new ResourceNotFoundException();
        }
        Certificate certificate = verified.certificate();
        byte[] pdf = certificates.pdf(certificate, ApiLanguage.of(request), AtomFeed.baseUrl(request) + "/certificates");
        // the code is the certificate's only secret: keep the copy out of shared caches
        return respond(pdf, "certificate-" + certificate.code() + SUFFIX, "private, no-store");
    }

    private static String withoutSuffix(String file) {
        if (file == null || !file.endsWith(SUFFIX)) {
            throw new ResourceNotFoundException();
        }
        return file.substring(0, file.length() - SUFFIX.length());
    }

    private static HttpResponse<byte[]> respond(byte[] pdf, String name, String cacheControl) {
        // name: a published lesson's code or a stored certificate code, never the raw input
        return HttpResponse.ok(pdf).contentType(PDF).header("Cache-Control", cacheControl)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}

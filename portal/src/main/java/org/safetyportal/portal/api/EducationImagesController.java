package org.safetyportal.portal.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Optional;
import org.safetyportal.content.education.lessons.LessonImage;
import org.safetyportal.content.education.lessons.LessonLibrary;

/**
 * The images of the lessons: the education seed's (self-made SVG), and pictures uploaded by editors, each only while
 * a published lesson shows it (404 for a picture only a draft shows, as for any unknown name). Served under
 * {@code /api/}, whose policy runs no script, so that even an SVG with a script in it could do nothing when opened on
 * its own. An uploaded picture is named by its SHA-256, so its name never shows other bytes: it may be kept a year.
 */
@Controller("/api/education/images")
class EducationImagesController {

    private static final MediaType SVG = MediaType.of("image/svg+xml");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final LessonLibrary library;

    EducationImagesController(LessonLibrary library) {
        this.library = library;
    }

    @Get("/{name}")
    HttpResponse<byte[]> image(String name, HttpRequest<?> request) {
        Optional<byte[]> seed = library.image(name);
        if (seed.isPresent()) {
            return HttpResponse.ok(seed.get()).contentType(SVG).header("Cache-Control", "public, max-age=3600");
        }
        return picture(library.publishedImage(name).orElseThrow(ResourceNotFoundException::new), request, IMMUTABLE);
    }

    /** An uploaded picture with its hash as a strong ETag; 304 when the client holds it already. */
    static HttpResponse<byte[]> picture(LessonImage image, HttpRequest<?> request, String cacheControl) {
        if (ListExportsController.alreadyHeld(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), image.sha256())) {
            return HttpResponse.<byte[]>notModified().header(HttpHeaders.ETAG, "\"" + image.sha256() + "\"")
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return HttpResponse.ok(image.bytes()).contentType(MediaType.of(image.mediaType()))
                .header(HttpHeaders.ETAG, "\"" + image.sha256() + "\"").header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}

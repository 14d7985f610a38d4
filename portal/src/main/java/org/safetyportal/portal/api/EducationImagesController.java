package org.safetyportal.portal.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.safetyportal.content.education.lessons.LessonLibrary;

/**
 * The images of the lessons, as the education seed holds them (self-made SVG). Served under {@code /api/},
 * whose policy runs no script, so that even an SVG with a script in it could do nothing when opened on its own.
 */
@Controller("/api/education/images")
class EducationImagesController {

    private static final MediaType SVG = MediaType.of("image/svg+xml");

    private final LessonLibrary library;

    EducationImagesController(LessonLibrary library) {
        this.library = library;
    }

    @Get("/{name}")
    HttpResponse<byte[]> image(String name) {
        byte[] image = library.image(name).orElseThrow(ResourceNotFoundException::new);
        return HttpResponse.ok(image).contentType(SVG).header("Cache-Control", "public, max-age=3600");
    }
}

package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.safetyportal.content.education.lessons.LessonImages;
import org.safetyportal.portal.security.AccessControl;

/**
 * Uploaded lesson pictures for the staff who draft or publish lessons, published or not: what a draft's preview shows.
 * Needs a signed-in session with {@code lessons:draft} or {@code lessons:publish} (checked by the service); never
 * kept by a shared cache.
 */
@Controller("/api/admin/education/lesson-images")
class LessonDraftImagesController {

    private final LessonImages images;
    private final AccessControl accessControl;

    LessonDraftImagesController(LessonImages images, AccessControl accessControl) {
        this.images = images;
        this.accessControl = accessControl;
    }

    @Get("/{name}")
    HttpResponse<byte[]> image(String name, HttpRequest<?> request) {
        if (!accessControl.isSignedIn()) {
            throw new NotSignedInException();
        }
        return EducationImagesController.picture(images.forEditors(accessControl.actor(), name)
                .orElseThrow(ResourceNotFoundException::new), request, "private, max-age=3600");
    }
}

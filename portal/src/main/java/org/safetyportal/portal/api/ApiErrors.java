package org.safetyportal.portal.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.AccountDisabledException;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/** Turns a refused request into a translated JSON error instead of a stack trace. */
@Produces
@Singleton
@Requires(classes = {LocalizedException.class, ExceptionHandler.class})
class ApiErrors implements ExceptionHandler<LocalizedException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, LocalizedException exception) {
        HttpStatus status = statusOf(exception);
        ApiError body = new ApiError(status.getCode(), exception.messageKey(),
                Messages.describe(ApiLanguage.of(request), exception));
        return HttpResponse.<ApiError>status(status).body(body);
    }

    static HttpStatus statusOf(LocalizedException exception) {
        if (exception instanceof NotSignedInException || exception instanceof AccountDisabledException) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (exception instanceof ResourceNotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        return HttpStatus.BAD_REQUEST;
    }
}

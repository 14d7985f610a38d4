package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.UUID;
import org.safetyportal.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure of the portal itself (a lost database, a bug): 500 with an error id and a plain
 * message. The SQL, table names and stack trace go to the log under the same id, never to the caller.
 */
@Produces
@Singleton
class UnexpectedErrors implements ExceptionHandler<Exception, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, Exception exception) {
        String errorId = newErrorId();
        LOG.error("Error id {}: {} {} failed", errorId, request.getMethod(), request.getPath(), exception);
        return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR).body(body(ApiLanguage.of(request), errorId));
    }

    static ApiError body(Locale locale, String errorId) {
        return new ApiError(500, "error.unexpected", Messages.get(locale, "api.error.unexpected", errorId), errorId);
    }

    /** Short enough to read out on the telephone, random enough never to repeat in one log. */
    static String newErrorId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

package org.safetyportal.portal.api;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.safetyportal.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bodies of the errors Micronaut answers itself (no such address, a method or a media type it
 * does not take, a missing parameter, a body it cannot read): the portal's own JSON error shape,
 * a message chosen by the status alone. Micronaut's default repeats the path and the parser's
 * complaint, which quote whatever the request held.
 */
@Primary
@Singleton
class ApiErrorBodies implements ErrorResponseProcessor<ApiError> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorBodies.class);

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        Locale locale = ApiLanguage.of(request);
        int status = response.code();
        ApiError body;
        if (status >= 500) {
            String errorId = UnexpectedErrors.newErrorId();
            LOG.error("Error id {}: {} {} answered {}", errorId, request.getMethod(), request.getPath(), status,
                    context.getRootCause().orElse(null));
            body = UnexpectedErrors.body(locale, errorId);
        } else {
            String code = switch (status) {
                case 404 -> "api.notFound";
                case 405 -> "api.methodNotAllowed";
                case 406, 415 -> "api.mediaTypeNotSupported";
                default -> "api.badRequest";
            };
            body = new ApiError(status, code, Messages.get(locale, code));
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }
}

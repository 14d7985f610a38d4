package org.safetyportal.portal.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.safetyportal.i18n.Messages;

/** A query or path value of the wrong kind (letters where a number belongs): a translated 400. */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
class ParameterErrors implements ExceptionHandler<ConversionErrorException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ConversionErrorException exception) {
        String parameter = exception.getArgument().getName();
        return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiError(400, "api.parameter.invalid",
                Messages.get(ApiLanguage.of(request), "api.parameter.invalid", parameter)));
    }
}

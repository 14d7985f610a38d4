package org.safetyportal.portal.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.uri.UriMatchInfo;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.AccountDisabledException;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/**
 * Turns a refused request into a translated JSON error instead of a stack trace. A message that
 * would quote a value of the request ("Unknown sector: &lt;img …&gt;") is replaced by one naming
 * only the parameter, so that no error body carries the input back; the code stays as it is.
 */
@Produces
@Singleton
@Requires(classes = {LocalizedException.class, ExceptionHandler.class})
class ApiErrors implements ExceptionHandler<LocalizedException, HttpResponse<ApiError>> {

    /** A parameter name that may be repeated; any other name is input too. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,40}");

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, LocalizedException exception) {
        HttpStatus status = statusOf(exception);
        Locale locale = ApiLanguage.of(request);
        String message = echoedParameter(request, exception)
                .map(parameter -> SAFE_NAME.matcher(parameter).matches()
                        ? Messages.get(locale, "api.parameter.invalid", parameter)
                        : Messages.get(locale, "api.badRequest"))
                .orElseGet(() -> Messages.describe(locale, exception));
        return HttpResponse.<ApiError>status(status).body(new ApiError(status.getCode(), exception.messageKey(), message));
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

    /** The name of the query or path parameter whose value (or name) one of the message's arguments repeats. */
    static Optional<String> echoedParameter(HttpRequest<?> request, LocalizedException exception) {
        Map<String, String> inputs = new LinkedHashMap<>();
        RouteAttributes.getRouteMatch(request).filter(UriMatchInfo.class::isInstance).map(UriMatchInfo.class::cast)
                .ifPresent(match -> match.getVariableValues().forEach((name, value) -> inputs.put(name, String.valueOf(value))));
        request.getParameters().forEach((name, values) -> {
            inputs.putIfAbsent(name + "\u0000", name);
            values.forEach(value -> inputs.putIfAbsent(name + "\u0000" + value, value));
        });
        for (Object argument : exception.messageArguments()) {
            if (argument == null) {
                continue;
            }
            String text = argument.toString().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> input : inputs.entrySet()) {
                String value = input.getValue().toLowerCase(Locale.ROOT);
                if (repeats(text, value)) {
                    return Optional.of(input.getKey().split("\u0000", 2)[0]);
                }
            }
        }
        return Optional.empty();
    }

    /** The same text, or one inside the other; a short value inside a long text is taken for chance. */
    private static boolean repeats(String argument, String input) {
        String a = argument.strip();
        String b = input.strip();
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || Math.min(a.length(), b.length()) >= 4 && (a.contains(b) || b.contains(a));
    }
}

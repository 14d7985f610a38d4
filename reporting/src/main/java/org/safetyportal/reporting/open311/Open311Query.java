package org.safetyportal.reporting.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.safetyportal.content.ValidationException;

/**
 * The filters of GeoReport v2's {@code GET requests}, checked: {@code service_request_id} (a comma-separated
 * list, which overrides the others), {@code service_code}, {@code start_date} and {@code end_date} (W3C
 * date-times, or plain dates taken in the city's zone), {@code status} ({@code open} or {@code closed}).
 * As the standard suggests, a query without dates covers the last 90 days, and one range at most 90 days.
 * Refusals name the parameter, never repeat its value.
 */
public record Open311Query(Set<String> ids, String serviceCode, Instant start, Instant end, Boolean open) {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    public static final int MOST_IDS = 100;
    private static final int LONGEST_PARAMETER = 2_000;

    /** Raw parameters as a client sent them (null when absent); {@code now} ends the default window. */
    public static Open311Query parse(String ids, String serviceCode, String startDate, String endDate, String status,
            Instant now, ZoneId zone) {
        Set<String> wanted = idsOf(ids);
        String service = blankToNull(serviceCode, "service_code");
        Instant end = instantOf(endDate, "end_date", zone);
        Instant start = instantOf(startDate, "start_date", zone);
        if (end == null) {
            end = start == null ? now : start.plus(DEFAULT_WINDOW);
        }
        if (start == null) {
            start = end.minus(DEFAULT_WINDOW);
        }
        if (start.isAfter(end)) {
            throw new ValidationException("open311.error.range");
        }
        if (Duration.between(start, end).compareTo(DEFAULT_WINDOW) > 0) {
            throw new ValidationException("open311.error.range");
        }
        return new Open311Query(wanted, service, start, end, openOf(status));
    }

    private static Set<String> idsOf(String ids) {
        String value = blankToNull(ids, "service_request_id");
        if (value == null) {
            return Set.of();
        }
        Set<String> wanted = new LinkedHashSet<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).forEach(wanted::add);
        if (wanted.size() > MOST_IDS) {
            throw new ValidationException("open311.error.tooManyIds", MOST_IDS);
        }
        return Set.copyOf(wanted);
    }

    private static Instant instantOf(String text, String parameter, ZoneId zone) {
        String value = blankToNull(text, parameter);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant() : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException("open311.error.date", parameter);
        }
    }

    private static Boolean openOf(String status) {
        String value = blankToNull(status, "status");
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "open" -> true;
            case "closed" -> false;
            default -> throw new ValidationException("open311.error.status");
        };
    }

    private static String blankToNull(String value, String parameter) {
        if (value != null && value.length() > LONGEST_PARAMETER) {
            throw new ValidationException("open311.error.parameter", parameter);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean matches(ServiceRequest request) {
        if (!ids.isEmpty()) {
            return ids.contains(request.id());
        }
        return (serviceCode == null || serviceCode.equals(request.sector().code()))
                && !request.requested().isBefore(start) && !request.requested().isAfter(end)
                && (open == null || open == request.open());
    }
}

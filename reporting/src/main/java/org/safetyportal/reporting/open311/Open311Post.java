package org.safetyportal.reporting.open311;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.safetyportal.content.ValidationException;

/**
 * The fields of GeoReport v2's {@code POST requests} that a report here takes: the service (sector), the
 * county (the service definition's one attribute), the address text, optional coordinates, the description
 * and the citizen's device (for the intake's per-device limits). A report through an app is anonymous: the
 * consent this portal asks of a real-name reporter cannot be given through an app, so personal fields are
 * refused in words rather than dropped; so are photos by address, which the portal would have to fetch.
 */
public record Open311Post(String serviceCode, String county, String addressString, BigDecimal latitude,
        BigDecimal longitude, String description, String deviceId) {

    /** Reads the raw form fields (null when absent); refuses what cannot be taken. */
    public static Open311Post of(String serviceCode, String county, String addressString, String lat, String lon,
            String description, String deviceId, String email, String firstName, String lastName, String phone,
            String accountId, String mediaUrl) {
        if (Stream.of(email, firstName, lastName, phone, accountId).anyMatch(v -> v != null && !v.isBlank())) {
            throw new ValidationException("open311.error.personal");
        }
        if (mediaUrl != null && !mediaUrl.isBlank()) {
            throw new ValidationException("open311.error.mediaUrl");
        }
        return new Open311Post(blankToNull(serviceCode), blankToNull(county), blankToNull(addressString),
                number(lat, "lat"), number(lon, "long"), blankToNull(description), blankToNull(deviceId));
    }

    private static BigDecimal number(String text, String parameter) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        if (value.length() > 30) {
            throw new ValidationException("open311.error.number", parameter);
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new ValidationException("open311.error.number", parameter);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.safetyportal.reporting.intake;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.reporting.identity.ReporterIdentity;
import org.safetyportal.reporting.photos.PhotoPreparation;

/**
 * What a report must say, checked before anything is stored. Pure: it knows the sectors, the counties
 * and their townships it is given, and answers the report tidied (trimmed, blanks as absent, credit
 * code in upper case) or refuses with a message key that tells the reporter what to change.
 */
final class IntakeRules {

    static final int MAX_ADDRESS = 300;
    static final int MAX_ENTERPRISE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_NAME = 50;
    static final int MAX_EMAIL = 254;
    /** Mainland mobile and fixed-line numbers, with or without +86 and an area code; spaces and dashes allowed. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{5,18}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private final Set<String> sectors;
    private final Map<String, Set<String>> townshipsByCounty;

    /** {@code townshipsByCounty}: every county a report may name, with the townships the seed knows (maybe none). */
    IntakeRules(Set<String> sectors, Map<String, Set<String>> townshipsByCounty) {
        this.sectors = Set.copyOf(sectors);
        this.townshipsByCounty = Map.copyOf(townshipsByCounty);
    }

    NewReport check(NewReport input) {
        if (input == null) {
            throw new ValidationException("reports.sector.required");
        }
        String sector = text(input.sectorCode());
        if (sector == null || !sectors.contains(sector)) {
            throw new ValidationException("reports.sector.required");
        }
        String county = text(input.areaCode());
        if (county == null || !townshipsByCounty.containsKey(county)) {
            throw new ValidationException("reports.area.required");
        }
        String township = text(input.townshipCode());
        if (township != null && !townshipsByCounty.get(county).contains(township)) {
            throw new ValidationException("reports.township.notInCounty");
        }
        String address = text(input.address());
        if (address == null) {
            throw new ValidationException("reports.address.required");
        }
        tooLong(address, MAX_ADDRESS, "reports.address.tooLong");
        checkCoordinates(input.latitude(), input.longitude());
        String enterprise = text(input.enterpriseName());
        tooLong(enterprise, MAX_ENTERPRISE, "reports.enterprise.tooLong");
        String creditCode = text(input.creditCode());
        if (creditCode != null) {
            creditCode = creditCode.toUpperCase(Locale.ROOT);
            if (!CreditCode.isValid(creditCode)) {
                throw new ValidationException("reports.creditCode.invalid");
            }
        }
        String description = text(input.description());
        if (description == null) {
            throw new ValidationException("reports.description.required");
        }
        if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            throw new ValidationException("reports.description.tooLong", MAX_DESCRIPTION);
        }
        if (input.photos().size() > PhotoPreparation.MAX_PHOTOS) {
            throw PhotoPreparation.tooMany();
        }
        ReporterIdentity reporter = input.reporter() == null ? null : checked(input.reporter(), input.consent());
        return new NewReport(sector, county, township, address, scaled(input.latitude()), scaled(input.longitude()), enterprise,
                creditCode, description, reporter, reporter != null, input.photos());
    }

    private static ReporterIdentity checked(ReporterIdentity reporter, boolean consent) {
        String name = text(reporter.name());
        if (name == null) {
            throw new ValidationException("reports.reporter.nameRequired");
        }
        tooLong(name, MAX_NAME, "reports.reporter.nameTooLong");
        String phone = text(reporter.phone());
        if (phone == null || !PHONE.matcher(phone).matches()) {
            throw new ValidationException("reports.reporter.phoneInvalid");
        }
        String email = text(reporter.email());
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new ValidationException("reports.reporter.emailInvalid");
        }
        if (!consent) {
            throw new ValidationException("reports.reporter.consentRequired");
        }
        return new ReporterIdentity(name, phone, email);
    }

    private static void checkCoordinates(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null || latitude.abs().compareTo(MAX_LATITUDE) > 0
                || longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
            throw new ValidationException("reports.coordinates.invalid");
        }
    }

    /** Six decimals, about ten centimetres: all a phone's position is worth, and what the column keeps. */
    private static BigDecimal scaled(BigDecimal degrees) {
        return degrees == null ? null : degrees.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static void tooLong(String value, int max, String key) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new ValidationException(key, max);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

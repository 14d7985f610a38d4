package org.safetyportal.reporting.intake;

import java.math.BigDecimal;
import java.util.List;
import org.safetyportal.reporting.identity.ReporterIdentity;
import org.safetyportal.reporting.photos.PreparedPhoto;

/**
 * A report as the citizen filled it in. {@code reporter} is null for an anonymous report; a real-name
 * report needs {@code consent}, the reporter's agreement to the handling of the identity as the form says.
 * {@code photos} are already re-encoded ({@link org.safetyportal.reporting.photos.PhotoPreparation}).
 */
public record NewReport(String sectorCode, String areaCode, String townshipCode, String address, BigDecimal latitude,
        BigDecimal longitude, String enterpriseName, String creditCode, String description, ReporterIdentity reporter,
        boolean consent, List<PreparedPhoto> photos) {

    public NewReport {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A report without photos. */
    public NewReport(String sectorCode, String areaCode, String townshipCode, String address, BigDecimal latitude,
            BigDecimal longitude, String enterpriseName, String creditCode, String description, ReporterIdentity reporter,
            boolean consent) {
        this(sectorCode, areaCode, townshipCode, address, latitude, longitude, enterpriseName, creditCode, description,
                reporter, consent, List.of());
    }

    public boolean anonymous() {
        return reporter == null;
    }
}

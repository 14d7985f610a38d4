package org.safetyportal.reporting.cases;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/** Every day counts as a working day: the stand-in until the city calendar is available. */
@Singleton
@Secondary
class PlainDays implements WorkingDays {

    @Override
    public LocalDate after(LocalDate from, int days) {
        return from.plusDays(days);
    }
}

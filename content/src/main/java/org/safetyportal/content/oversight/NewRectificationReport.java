package org.safetyportal.content.oversight;

import java.time.LocalDate;

/** The inspected party's report on the rectification a result required, as the conducting department files it. */
public record NewRectificationReport(String resultCode, LocalDate reportDate, String summary, LocalDate publicationDate) {
}

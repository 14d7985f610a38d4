package org.safetyportal.content.education.figures;

/**
 * One cell of a campaign's figures: the sessions held, and the participants and pass rate (in per cent) unless
 * suppressed. A cell of fewer than {@value CampaignFigureTally#SMALLEST_SHOWN} participants is suppressed (shown
 * as "&lt;5"); a pass rate over fewer than that many submitted papers is not given.
 */
public record FigureCell(Dimension dimension, String key, int sessions, Integer participants, Integer passRate) {

    /** TOTAL has the one key {@value #ALL}; COUNTY cells are keyed by area code, AUDIENCE cells by the 进 code. */
    public enum Dimension {
        TOTAL, COUNTY, AUDIENCE
    }

    public static final String ALL = "ALL";

    public boolean suppressed() {
        return participants == null;
    }
}

package org.safetyportal.reporting.challenge;

/** What a visitor typed for a human check, with the token of the check they were shown. */
public record ChallengeAnswer(String token, String answer) {
}

package org.safetyportal.content.education.lessons;

import org.safetyportal.content.LocalizedName;

/** Whom a lesson is for: one of the five 进 (enterprises, villages, communities, schools, families). */
public record Audience(String code, LocalizedName name) {
}

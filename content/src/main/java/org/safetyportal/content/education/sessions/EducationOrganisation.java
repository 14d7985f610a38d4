package org.safetyportal.content.education.sessions;

/** A school or community registered to run sessions: its kind is one of the five 进 audiences, its county where it is. */
public record EducationOrganisation(int id, String name, String audienceCode, int areaId) {
}

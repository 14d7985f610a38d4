package org.safetyportal.content.education.lessons;

import org.safetyportal.content.LocalizedName;

/** What a lesson is about (fire, gas, electric bikes, drowning, …). */
public record Topic(String code, LocalizedName name) {
}

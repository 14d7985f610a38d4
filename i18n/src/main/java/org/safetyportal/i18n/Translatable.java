package org.safetyportal.i18n;

/**
 * A message argument that is itself a message key, translated when the message is shown: e.g. the
 * name of the field a refused input is missing.
 */
public record Translatable(String key) {
}

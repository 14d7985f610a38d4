package org.safetyportal.content.blacklist;

/** Which entries a search covers: the current list, the history (expired and removed), or both. */
public enum BlacklistScope {
    CURRENT, HISTORY, ALL
}

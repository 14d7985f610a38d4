package org.safetyportal.content.organization;

import org.safetyportal.content.LocalizedName;

public record Area(int id, String code, AreaKind kind, LocalizedName name) {
}

package org.safetyportal.content.organization;

import org.safetyportal.content.LocalizedName;

/**
 * A sector and the kind of department that supervises it (管行业必须管安全). The supervising kind
 * is resolved to a concrete department per area when a report is routed.
 */
public record Sector(String code, SectorKind kind, LocalizedName name, String supervisorTypeCode) {
}

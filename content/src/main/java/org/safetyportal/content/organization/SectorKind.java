package org.safetyportal.content.organization;

/** Work-safety sectors (行业领域) and natural-hazard domains (自然灾害) the notice names. */
public enum SectorKind {
    WORK_SAFETY,
    NATURAL_HAZARD
}

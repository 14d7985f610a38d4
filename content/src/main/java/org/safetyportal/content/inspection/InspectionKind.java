package org.safetyportal.content.inspection;

/** How an inspection came about; each has a translation {@code inspections.kind.<name>}. */
public enum InspectionKind {
    /** 双随机抽查: enterprise and inspectors both drawn at random. */
    DOUBLE_RANDOM,
    /** 专项检查: a campaign on one hazard or sector. */
    SPECIAL,
    /** 执法检查: a planned or prompted law-enforcement inspection. */
    ENFORCEMENT
}

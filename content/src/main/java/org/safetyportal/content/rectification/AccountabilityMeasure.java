package org.safetyportal.content.rectification;

/** What was decided against a unit or a post: each has a translation {@code accountability.measure.<name>}. */
public enum AccountabilityMeasure {
    /** 约谈 */
    INTERVIEW,
    /** 通报批评 */
    PUBLIC_CRITICISM,
    /** 诫勉 */
    ADMONITION,
    /** 党纪政务处分 */
    DISCIPLINARY_SANCTION,
    /** 行政处罚 */
    ADMINISTRATIVE_PENALTY,
    /** 移送纪检监察机关或司法机关 */
    REFERRED
}

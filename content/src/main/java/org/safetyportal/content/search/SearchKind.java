package org.safetyportal.content.search;

/** What kind of published thing a search hit is; each has a translation {@code search.kind.<name>}. */
public enum SearchKind {
    /** An item of a list in force (三清单). */
    LIST_ITEM,
    /** An enforcement inspection result of an enterprise. */
    INSPECTION,
    /** A major hazard listed for supervised rectification (重大隐患挂牌督办). */
    MAJOR_HAZARD,
    /** An entry of the work-safety dishonesty blacklist. */
    BLACKLIST,
    /** A result of 巡查, 考核 or 督查 of a government or department. */
    OVERSIGHT,
    /** A 五进 safety-education lesson. */
    LESSON
}

package org.safetyportal.content.oversight;

/** What kind of oversight a result comes from; each has a translation {@code oversight.kind.<name>}. */
public enum OversightKind {
    /** 巡查: a work-safety inspection tour of a government or department. */
    INSPECTION_TOUR,
    /** 考核: the annual assessment of a county government or a city department, with a grade. */
    ASSESSMENT,
    /** 督查: supervision of how a government or department carries out its safety duties. */
    SUPERVISION
}

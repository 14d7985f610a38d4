package org.safetyportal.content.completeness;

/**
 * How often the 安委办 oversaw one department in a year, against the notice's minimum (its item 6: 市、县安委办
 * 全年至少对各部门安全生产履职情况开展两次综合督查和一次巡查考核). Counted: published results of a city or
 * county 安委办 ({@code SAFETY_COMMITTEE}) about the department, by the year the result concerns; a 督查
 * ({@code SUPERVISION}) counts as a comprehensive supervision, a 巡查 ({@code INSPECTION_TOUR}) or 考核
 * ({@code ASSESSMENT}) as the 巡查考核.
 */
public record OversightTally(boolean applies, int supervisions, int toursAndAssessments) {

    public static final int MINIMUM_SUPERVISIONS = 2;
    public static final int MINIMUM_TOURS_AND_ASSESSMENTS = 1;

    /** Governments and the 安委办 themselves are not among the departments the minimum speaks of. */
    public static OversightTally notApplicable() {
        return new OversightTally(false, 0, 0);
    }

    public boolean meetsMinimum() {
        return !applies || (supervisions >= MINIMUM_SUPERVISIONS && toursAndAssessments >= MINIMUM_TOURS_AND_ASSESSMENTS);
    }
}

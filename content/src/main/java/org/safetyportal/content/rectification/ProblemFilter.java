package org.safetyportal.content.rectification;

/**
 * A public search of the 问题整改清单; every part is optional (null: not narrowed). {@code status} is a
 * {@link ProblemStatus} name or {@link #OVERDUE}; {@code source} a {@link ProblemSource} name.
 */
public record ProblemFilter(String areaCode, String source, String status) {

    public static final String OVERDUE = "OVERDUE";

    public static ProblemFilter all() {
        return new ProblemFilter(null, null, null);
    }
}

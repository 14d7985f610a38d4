package org.safetyportal.content.lists;

/** The kinds of administrative power a 权力清单 item may be (行政许可, 行政处罚, ...). */
public enum PowerType {
    LICENSING,
    PENALTY,
    COERCION,
    LEVY,
    BENEFIT,
    INSPECTION,
    CONFIRMATION,
    REWARD,
    ADJUDICATION,
    OTHER
}

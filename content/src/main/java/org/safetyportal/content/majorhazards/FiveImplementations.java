package org.safetyportal.content.majorhazards;

/** 五落实: the rectification's measures, responsibility, funds, time limit and contingency plan, all required. */
public record FiveImplementations(String measures, String responsibility, String funds, String timeLimit,
        String contingencyPlan) {
}

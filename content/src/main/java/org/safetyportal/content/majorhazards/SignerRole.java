package org.safetyportal.content.majorhazards;

/**
 * Who may sign a major hazard's 验收销号: the notice (its item 9) says 经政府分管领导或部门主要领导签字后销号.
 * Translated as {@code hazards.signerRole.<name>}.
 */
public enum SignerRole {
    /** 政府分管领导: the government leader in charge of the sector, for a hazard the government listed. */
    GOVERNMENT_LEADER_IN_CHARGE,
    /** 部门主要领导: the principal leader of the department that listed the hazard. */
    DEPARTMENT_PRINCIPAL
}

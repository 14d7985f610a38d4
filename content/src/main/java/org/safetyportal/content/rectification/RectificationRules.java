package org.safetyportal.content.rectification;

import java.time.LocalDate;
import org.safetyportal.content.ValidationException;

/**
 * The rules an entry of the 问题整改清单 or the 追责问责清单 must meet that need nothing but the input
 * itself and today's date. Department, county and the entries linked to are checked by the registers.
 */
final class RectificationRules {

    static final int MAX_CODE = 64;
    static final int MAX_NAME = 200;
    static final int MAX_POST = 100;
    static final int MAX_TEXT = 4000;

    private RectificationRules() {
    }

    /** Blank texts become null, texts are stripped. */
    static NewProblem normalized(NewProblem p) {
        return new NewProblem(text(p.problemCode()), p.departmentId(), p.source(), text(p.campaign()),
                text(p.inspectedParty()), text(p.areaCode()), text(p.description()), text(p.measures()),
                text(p.responsibleUnit()), p.foundDate(), p.deadline(), text(p.hazardCode()), text(p.inspectionCode()),
                text(p.oversightCode()));
    }

    static NewAccountability normalized(NewAccountability a) {
        return new NewAccountability(text(a.decisionCode()), a.departmentId(), text(a.heldUnit()), text(a.heldPost()),
                a.measure(), text(a.reason()), text(a.decidedBy()), a.decisionDate(), text(a.problemCode()),
                text(a.hazardCode()));
    }

    /** Checks a normalized problem. */
    static void checkProblem(NewProblem p, LocalDate today) {
        if (p.problemCode() == null || p.problemCode().length() > MAX_CODE) {
            throw new ValidationException("rectification.problemCode.required", MAX_CODE);
        }
        if (p.source() == null) {
            throw new ValidationException("rectification.source.required");
        }
        required(p.campaign(), MAX_NAME, "rectification.campaign.required");
        required(p.inspectedParty(), MAX_NAME, "rectification.inspectedParty.required");
        required(p.description(), MAX_TEXT, "rectification.description.required");
        required(p.measures(), MAX_TEXT, "rectification.measures.required");
        required(p.responsibleUnit(), MAX_NAME, "rectification.responsibleUnit.required");
        if (p.foundDate() == null || p.deadline() == null) {
            throw new ValidationException("rectification.date.required");
        }
        if (p.foundDate().isAfter(today)) {
            throw new ValidationException("rectification.date.future");
        }
        if (p.deadline().isBefore(p.foundDate())) {
            throw new ValidationException("rectification.deadline.beforeFound");
        }
    }

    /** Checks the completion of a problem as it stands. */
    static void checkCompletion(RectificationProblem problem, LocalDate date, String note, LocalDate today) {
        if (problem.completion().isPresent()) {
            throw new ValidationException("rectification.completion.already", problem.problemCode());
        }
        if (date == null) {
            throw new ValidationException("rectification.date.required");
        }
        if (date.isAfter(today)) {
            throw new ValidationException("rectification.date.future");
        }
        if (date.isBefore(problem.foundDate())) {
            throw new ValidationException("rectification.completion.beforeFound", problem.foundDate().toString());
        }
        required(note, MAX_TEXT, "rectification.completion.noteRequired");
    }

    /** Checks a normalized accountability decision. */
    static void checkAccountability(NewAccountability a, LocalDate today) {
        if (a.decisionCode() == null || a.decisionCode().length() > MAX_CODE) {
            throw new ValidationException("accountability.decisionCode.required", MAX_CODE);
        }
        required(a.heldUnit(), MAX_NAME, "accountability.heldUnit.required");
        required(a.heldPost(), MAX_POST, "accountability.heldPost.required");
        if (a.measure() == null) {
            throw new ValidationException("accountability.measure.required");
        }
        required(a.reason(), MAX_TEXT, "accountability.reason.required");
        required(a.decidedBy(), MAX_NAME, "accountability.decidedBy.required");
        if (a.decisionDate() == null) {
            throw new ValidationException("accountability.date.required");
        }
        if (a.decisionDate().isAfter(today)) {
            throw new ValidationException("accountability.date.future");
        }
        if (a.problemCode() == null && a.hazardCode() == null) {
            throw new ValidationException("accountability.link.required");
        }
    }

    /** Refuses a missing text and a text longer than {@code max}, naming the limit. */
    private static void required(String value, int max, String key) {
        if (value == null || value.length() > max) {
            throw new ValidationException(key, max);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

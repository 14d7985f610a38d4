package org.safetyportal.content.majorhazards;

import java.time.LocalDate;
import java.util.Locale;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.i18n.Translatable;

/**
 * The rules a listing and each later step must meet that need nothing but the input itself and
 * today's date. Department, county and sector are checked by the register against the directory.
 */
final class HazardRules {

    static final int MAX_CODE = 64;
    static final int MAX_NAME = 200;
    static final int MAX_SIGNER = 100;
    static final int MAX_TEXT = 4000;

    private HazardRules() {
    }

    /** Blank texts become null, texts are stripped, the credit code is upper-cased. */
    static NewMajorHazard normalized(NewMajorHazard h) {
        FiveImplementations five = h.fiveImplementations() == null ? new FiveImplementations(null, null, null, null, null)
                : h.fiveImplementations();
        return new NewMajorHazard(text(h.registerCode()), h.departmentId(), text(h.description()),
                text(h.enterpriseName()), h.creditCode() == null ? null : h.creditCode().strip().toUpperCase(Locale.ROOT),
                text(h.areaCode()), text(h.sectorCode()), h.listingDate(), h.deadline(),
                new FiveImplementations(text(five.measures()), text(five.responsibility()), text(five.funds()),
                        text(five.timeLimit()), text(five.contingencyPlan())));
    }

    static StatusChange normalized(StatusChange c) {
        return new StatusChange(c.status(), c.date(), text(c.note()), text(c.signedOffBy()), text(c.signedOffUnit()),
                c.signerRole());
    }

    /** Checks a normalized listing. */
    static void checkListing(NewMajorHazard h, LocalDate today) {
        if (h.registerCode() == null || h.registerCode().length() > MAX_CODE) {
            throw new ValidationException("hazards.registerCode.required", MAX_CODE);
        }
        if (h.description() == null) {
            throw new ValidationException("hazards.description.required");
        }
        if (h.enterpriseName() == null || h.enterpriseName().length() > MAX_NAME) {
            throw new ValidationException("hazards.enterprise.required", MAX_NAME);
        }
        if (!CreditCode.isValid(h.creditCode())) {
            throw new ValidationException("hazards.creditCode.invalid", String.valueOf(h.creditCode()));
        }
        FiveImplementations five = h.fiveImplementations();
        if (five.measures() == null || five.responsibility() == null || five.funds() == null
                || five.timeLimit() == null || five.contingencyPlan() == null) {
            throw new ValidationException("hazards.fiveImplementations.required");
        }
        for (String text : new String[] {h.description(), five.measures(), five.responsibility(), five.funds(),
                five.timeLimit(), five.contingencyPlan()}) {
            if (text.length() > MAX_TEXT) {
                throw new ValidationException("hazards.text.tooLong", MAX_TEXT);
            }
        }
        if (h.listingDate() == null || h.deadline() == null) {
            throw new ValidationException("hazards.date.required");
        }
        if (h.listingDate().isAfter(today)) {
            throw new ValidationException("hazards.date.future");
        }
        if (h.deadline().isBefore(h.listingDate())) {
            throw new ValidationException("hazards.deadline.beforeListing");
        }
    }

    /** Checks a normalized step against the hazard as it stands (status, listing date, date of its latest step). */
    static void checkStep(MajorHazard hazard, StatusChange c, LocalDate today) {
        if (c.status() == null) {
            throw new ValidationException("hazards.status.required");
        }
        if (!hazard.status().canMoveTo(c.status())) {
            throw new ValidationException("hazards.status.notAllowed", new Translatable("hazards.status." + hazard.status().name()),
                    new Translatable("hazards.status." + c.status().name()));
        }
        if (c.date() == null) {
            throw new ValidationException("hazards.date.required");
        }
        if (c.date().isAfter(today)) {
            throw new ValidationException("hazards.date.future");
        }
        if (c.date().isBefore(hazard.lastDate())) {
            throw new ValidationException("hazards.step.beforeLast", hazard.lastDate().toString());
        }
        if (c.note() == null || c.note().length() > MAX_TEXT) {
            throw new ValidationException("hazards.note.required", MAX_TEXT);
        }
        if (c.status() == HazardStatus.REFERRED_FOR_INVESTIGATION) {
            // Only a hazard not rectified as required: its deadline passed before the day of the referral, once.
            if (hazard.investigation().isPresent()) {
                throw new ValidationException("hazards.investigation.already");
            }
            if (!c.date().isAfter(hazard.deadline())) {
                throw new ValidationException("hazards.investigation.notOverdue", hazard.deadline().toString());
            }
        }
        boolean closing = c.status() == HazardStatus.CLOSED;
        if (closing && (c.signedOffBy() == null || c.signedOffUnit() == null)) {
            throw new ValidationException("hazards.signOff.required");
        }
        if (closing && c.signerRole() == null) {
            throw new ValidationException("hazards.signOff.roleRequired");
        }
        if (!closing && (c.signedOffBy() != null || c.signedOffUnit() != null || c.signerRole() != null)) {
            throw new ValidationException("hazards.signOff.onlyWhenClosing");
        }
        if (closing && (c.signedOffBy().length() > MAX_SIGNER || c.signedOffUnit().length() > MAX_NAME)) {
            throw new ValidationException("hazards.text.tooLong", MAX_NAME);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.safetyportal.content.blacklist;

import java.time.LocalDate;
import java.util.Locale;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.inspection.CreditCode;

/**
 * The rules a blacklist entry and its early removal must meet that need nothing but the input itself
 * and today's date. County and sector are checked by the register against the directory, between
 * {@link #checkIdentity} and {@link #checkContent}, so the first fault is reported as before.
 */
final class BlacklistRules {

    static final int MAX_NAME = 200;
    static final int MAX_PERSON = 64;
    static final int MAX_CODE = 64;
    static final int MAX_PHONE = 32;
    static final int MAX_TEXT = 4000;

    private BlacklistRules() {
    }

    /** Enterprise, its credit code and the person responsible. */
    static void checkIdentity(NewBlacklistEntry e) {
        if (e.enterpriseName() == null || e.enterpriseName().length() > MAX_NAME) {
            throw new ValidationException("blacklist.enterprise.required", MAX_NAME);
        }
        if (!CreditCode.isValid(e.creditCode())) {
            throw new ValidationException("blacklist.creditCode.invalid", String.valueOf(e.creditCode()));
        }
        if (e.responsiblePerson() != null && e.responsiblePerson().length() > MAX_PERSON) {
            throw new ValidationException("blacklist.text.tooLong", MAX_PERSON);
        }
    }

    /** Conduct and its legal basis, decision number, where to object, and a listing date not later than today. */
    static void checkContent(NewBlacklistEntry e, LocalDate today) {
        if (e.conduct() == null || e.legalBasis() == null) {
            throw new ValidationException("blacklist.basis.required");
        }
        if (e.decisionNo() == null || e.decisionNo().length() > MAX_CODE) {
            throw new ValidationException("blacklist.decisionNo.required", MAX_CODE);
        }
        if (e.objectionContact() == null || e.objectionPhone() == null || e.objectionChannel() == null) {
            throw new ValidationException("blacklist.objection.required");
        }
        if (e.objectionContact().length() > MAX_NAME || e.objectionPhone().length() > MAX_PHONE) {
            throw new ValidationException("blacklist.text.tooLong", e.objectionPhone().length() > MAX_PHONE ? MAX_PHONE : MAX_NAME);
        }
        for (String text : new String[] {e.conduct(), e.legalBasis(), e.objectionChannel()}) {
            if (text.length() > MAX_TEXT) {
                throw new ValidationException("blacklist.text.tooLong", MAX_TEXT);
            }
        }
        if (e.listingDate() == null) {
            throw new ValidationException("blacklist.listingDate.required");
        }
        if (e.listingDate().isAfter(today)) {
            throw new ValidationException("blacklist.listingDate.future");
        }
    }

    /** An early removal: of a current entry, for a reason, dated between the listing and today. */
    static void checkRemoval(BlacklistEntry entry, String reason, LocalDate removalDate, LocalDate today) {
        if (entry.status(today) != BlacklistStatus.CURRENT) {
            throw new ValidationException("blacklist.removal.notCurrent");
        }
        if (reason == null || reason.length() > MAX_TEXT) {
            throw new ValidationException("blacklist.removal.reason", MAX_TEXT);
        }
        if (removalDate == null) {
            throw new ValidationException("blacklist.removal.date");
        }
        if (removalDate.isBefore(entry.listingDate())) {
            throw new ValidationException("blacklist.removal.beforeListing", entry.listingDate().toString());
        }
        if (removalDate.isAfter(today)) {
            throw new ValidationException("blacklist.removal.future");
        }
    }

    /** Blank texts become null, texts are stripped, the credit code is upper-cased. */
    static NewBlacklistEntry normalized(NewBlacklistEntry e) {
        return new NewBlacklistEntry(e.departmentId(), text(e.enterpriseName()),
                e.creditCode() == null ? null : e.creditCode().strip().toUpperCase(Locale.ROOT),
                text(e.responsiblePerson()), text(e.areaCode()), text(e.sectorCode()), text(e.conduct()),
                text(e.legalBasis()), text(e.decisionNo()), e.listingDate(), text(e.objectionContact()),
                text(e.objectionPhone()), text(e.objectionChannel()));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

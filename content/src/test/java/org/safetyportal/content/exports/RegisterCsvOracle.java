package org.safetyportal.content.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.blacklist.BlacklistRemoval;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.majorhazards.FiveImplementations;
import org.safetyportal.content.majorhazards.HazardEvent;
import org.safetyportal.content.majorhazards.HazardStatus;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.oversight.OversightResult;
import org.safetyportal.content.oversight.RectificationReport;

/**
 * What the CSV of each register should say, written out by hand from the published records and the
 * publication ledger, without the export's row mapping, its data dictionary or its cell text: the
 * headers are literal, every cell is taken from the record's own field, the states are worked out here
 * from their definition, and every content hash is the one the ledger holds for the subject, not the
 * one the record carries. When the export and this oracle disagree, one of them misreads the register.
 */
final class RegisterCsvOracle {

    static final List<String> HAZARD_HEADER = List.of("registerCode", "department", "enterpriseName", "creditCode",
            "area", "sector", "description", "listingDate", "deadline", "measures", "responsibility", "funds",
            "timeLimit", "contingencyPlan", "status", "overdue", "statusDate", "closedOn", "signedOffBy",
            "signedOffUnit", "signerRole", "investigationDate", "investigationReason", "investigationSubject", "listedByRole",
            "listedAt", "ledgerSubject", "contentHash", "statusSubject", "statusHash");

    static final List<String> BLACKLIST_HEADER = List.of("id", "enterpriseName", "creditCode", "responsiblePerson",
            "area", "sector", "department", "conduct", "legalBasis", "decisionNo", "listingDate", "expiryDate",
            "status", "removalDate", "removalReason", "objectionContact", "objectionPhone", "objectionChannel",
            "listedByRole", "listedAt", "ledgerSubject", "contentHash", "removalSubject", "removalHash");

    static final List<String> OVERSIGHT_HEADER = List.of("resultCode", "kind", "conductingDepartment", "partyType",
            "inspectedParty", "documentNo", "periodStart", "periodEnd", "year", "findings", "grade", "score",
            "rectificationRequirements", "rectificationDeadline", "rectificationState", "reportDate", "reportedLate",
            "decisionDate", "publicationDate", "publishedLate", "publishedElsewhereOn", "publishedByRole", "publishedAt",
            "ledgerSubject", "contentHash", "reportSubject", "reportHash");

    private final PublicationLedger ledger;
    private final LocalDate today;

    RegisterCsvOracle(PublicationLedger ledger, LocalDate today) {
        this.ledger = ledger;
        this.today = today;
    }

    List<String> hazard(MajorHazard h) {
        FiveImplementations five = h.fiveImplementations();
        HazardEvent latest = h.history().isEmpty() ? null : h.history().get(h.history().size() - 1);
        HazardEvent closing = h.history().stream().filter(e -> e.status() == HazardStatus.CLOSED).findFirst().orElse(null);
        HazardEvent referral = h.history().stream().filter(e -> e.status() == HazardStatus.REFERRED_FOR_INVESTIGATION)
                .findFirst().orElse(null);
        HazardStatus status = latest == null ? HazardStatus.LISTED : latest.status();
        boolean overdue = status != HazardStatus.CLOSED && today.isAfter(h.deadline());
        String statusSubject = latest == null ? null : "major-hazard-event:" + latest.id();
        return cells(h.registerCode(), h.department().code(), h.enterpriseName(), h.creditCode(), h.area().code(),
                h.sector().code(), h.description(), h.listingDate(), h.deadline(), five.measures(),
                five.responsibility(), five.funds(), five.timeLimit(), five.contingencyPlan(), status, overdue,
                latest == null ? h.listingDate() : latest.date(), closing == null ? null : closing.date(),
                closing == null ? null : closing.signedOffBy(), closing == null ? null : closing.signedOffUnit(),
                closing == null || closing.signerRole() == null ? null : closing.signerRole().name(),
                referral == null ? null : referral.date(), referral == null ? null : referral.note(),
                referral == null ? null : "major-hazard-event:" + referral.id(),
                "PUBLISHER", h.listedAt(), "major-hazard:" + h.id(), ledgerHash("major-hazard:" + h.id()),
                statusSubject, statusSubject == null ? null : ledgerHash(statusSubject));
    }

    List<String> blacklistEntry(BlacklistEntry e) {
        BlacklistRemoval removal = e.removal();
        String status = removal != null ? "REMOVED" : today.isBefore(e.expiryDate()) ? "CURRENT" : "EXPIRED";
        String removalSubject = removal == null ? null : "blacklist-removal:" + removal.id();
        return cells(e.id(), e.enterpriseName(), e.creditCode(), e.responsiblePerson(), e.area().code(),
                e.sector().code(), e.department().code(), e.conduct(), e.legalBasis(), e.decisionNo(), e.listingDate(),
                e.expiryDate(), status, removal == null ? null : removal.removalDate(),
                removal == null ? null : removal.reason(), e.objectionContact(), e.objectionPhone(),
                e.objectionChannel(), "PUBLISHER", e.listedAt(), "blacklist:" + e.id(), ledgerHash("blacklist:" + e.id()),
                removalSubject, removalSubject == null ? null : ledgerHash(removalSubject));
    }

    List<String> oversightResult(OversightResult r) {
        RectificationReport report = r.report();
        String state = r.rectificationRequirements() == null ? "NOT_REQUIRED"
                : report != null ? "REPORTED"
                : today.isAfter(r.rectificationDeadline()) ? "OVERDUE" : "PENDING";
        boolean reportedLate = report != null && r.rectificationDeadline() != null
                && report.reportDate().isAfter(r.rectificationDeadline());
        boolean government = r.inspectedParty().department().isGovernment();
        String reportSubject = report == null ? null : "oversight-rectification:" + report.id();
        return cells(r.resultCode(), r.kind(), r.conductingDepartment().code(),
                government ? "AREA_GOVERNMENT" : "DEPARTMENT",
                government ? r.inspectedParty().department().area().code() : r.inspectedParty().department().code(),
                r.documentNo(), r.periodStart(), r.periodEnd(), r.year(), r.findings(), r.grade(),
                r.score() == null ? null : r.score().toPlainString(), r.rectificationRequirements(),
                r.rectificationDeadline(), state, report == null ? null : report.reportDate(), reportedLate,
                r.decisionDate(), r.publicationDate(), r.publishedLate(), r.publishedElsewhereOn(), "PUBLISHER",
                r.publishedAt(), "oversight:" + r.id(), ledgerHash("oversight:" + r.id()), reportSubject,
                reportSubject == null ? null : ledgerHash(reportSubject));
    }

    /** The content hash of the subject's one publication in the ledger. */
    private String ledgerHash(String subject) {
        List<LedgerEntry> entries = ledger.entriesFor(subject);
        if (entries.size() != 1) {
            throw new AssertionError(subject + " has " + entries.size() + " ledger entries");
        }
        return entries.get(0).contentHash();
    }

    /** Each value as a cell's text: ISO dates and instants, enum names, true/false; no value stays null. */
    private static List<String> cells(Object... values) {
        List<String> cells = new ArrayList<>();
        Arrays.stream(values).forEach(value -> cells.add(value == null ? null : String.valueOf(value)));
        return cells;
    }
}

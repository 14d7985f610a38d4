package org.safetyportal.content.inspection;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * The register of inspection results (检查结果公示). A publisher of the inspecting department
 * publishes a record; it is written to the publication ledger in the same transaction and never
 * changed afterwards. Anyone may search the register and read every record of one enterprise.
 */
@Singleton
public class InspectionRegister {

    public static final String LEDGER_EVENT = "inspection.published";
    public static final String CORRECTION_EVENT = "inspection.corrected";
    public static final String STATUS_EVENT = "inspection.statusChanged";
    public static final int MAX_REASON = 2000;
    public static final int MAX_CODE = InspectionRules.MAX_CODE;
    public static final int MAX_NAME = InspectionRules.MAX_NAME;
    public static final int MAX_TEXT = InspectionRules.MAX_TEXT;

    private static final PublicationKind PUBLISHED = new PublicationKind(LEDGER_EVENT, InspectionContentSource.PREFIX,
            InspectionAuditActions.PUBLISHED);
    private static final PublicationKind CORRECTED = new PublicationKind(CORRECTION_EVENT,
            InspectionCorrectionContentSource.PREFIX, InspectionAuditActions.CORRECTED);
    private static final PublicationKind STATUS_CHANGED = new PublicationKind(STATUS_EVENT,
            RectificationEventContentSource.PREFIX, InspectionAuditActions.STATUS_CHANGED);

    private final InspectionRepository repository;
    private final PublicationRecorder recorder;
    private final OrganizationDirectory organization;
    private final CityClock clock;
    private final PerHeadCache<Page, List<InspectionRecord>> pages;
    private final PerHeadCache<Page, Long> counts;

    InspectionRegister(InspectionRepository repository, PublicationRecorder recorder, OrganizationDirectory organization,
            CityClock clock, PublicationHead head) {
        this.repository = repository;
        this.recorder = recorder;
        this.organization = organization;
        this.clock = clock;
        // Every new visitor of the register asks for its first page and its count: read once per head.
        this.pages = new PerHeadCache<>(head, 2_000);
        this.counts = new PerHeadCache<>(head, 1_000);
    }

    /** Publishes one inspection result for the actor's department; answers the record as stored. */
    public InspectionRecord publish(Actor actor, NewInspectionRecord input) {
        Department department = organization.department(input.departmentId())
                .orElseThrow(() -> new ValidationException("inspections.department.unknown"));
        actor.require(Permissions.PUBLISH_INSPECTIONS, department.id(), null);
        NewInspectionRecord record = InspectionRules.normalized(input);
        Area area = checked(record, department);
        InspectionRules.checkNewRecord(record);
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.PUBLISH_INSPECTIONS, department.id(), null);
            recording.takeTurn();
            if (repository.codeExists(record.recordCode())) {
                throw new ValidationException("inspections.recordCode.exists", record.recordCode());
            }
            String canonical = InspectionContentSource.canonical(record.recordCode(), record.kind(), department.code(),
                    record.enterpriseName(), record.creditCode(), area.code(), record.sectorCode(),
                    record.inspectionDate(), record.findings(), record.violationBasis(), record.violationDescription(),
                    record.measures(), record.decisionNo(), record.fineAmount(), record.rectificationDeadline(),
                    record.rectificationStatus(), record.decisionDate(), record.publishedElsewhereOn(), actor.username());
            recording.publish(PUBLISHED, canonical,
                    (at, hash) -> repository.insert(record, area.id(), actor.username(), at, hash), record.recordCode());
            return find(record.recordCode()).orElseThrow();
        });
    }

    /**
     * Publishes a correction of a published record: the record itself stays as it was published; the
     * correction (every correctable field as it should read, and why) is a new entry in the ledger
     * and from now on the values the public reads. Answers the record as it reads now.
     */
    public InspectionRecord correct(Actor actor, String recordCode, InspectionFacts input, String reason) {
        return recorder.inTransaction(actor, recording -> {
            Actor acting = recording.actor();
            repository.lock(String.valueOf(recordCode));
            InspectionRecord current = find(recordCode)
                    .orElseThrow(() -> new ValidationException("inspections.record.unknown", recordCode));
            Department department = current.department();
            acting.require(Permissions.PUBLISH_INSPECTIONS, department.id(), null);
            String why = InspectionRules.text(reason);
            if (why == null || why.length() > MAX_REASON) {
                throw new ValidationException("inspections.correction.reasonRequired", MAX_REASON);
            }
            if (input == null) {
                throw new ValidationException("inspections.correction.nothingChanged");
            }
            NewInspectionRecord record = InspectionRules.normalized(new NewInspectionRecord(current.recordCode(), input.kind(),
                    department.id(), input.enterpriseName(), input.creditCode(), input.areaCode(), input.sectorCode(),
                    input.inspectionDate(), input.findings(), input.violationBasis(), input.violationDescription(),
                    input.measures(), input.decisionNo(), input.fineAmount(), input.rectificationDeadline(),
                    deadlineStatus(current), input.decisionDate(), current.publishedElsewhereOn()));
            Area area = checked(record, department);
            InspectionFacts facts = new InspectionFacts(record.kind(), record.enterpriseName(), record.creditCode(),
                    area.code(), record.sectorCode(), record.inspectionDate(), record.findings(), record.violationBasis(),
                    record.violationDescription(), record.measures(), record.decisionNo(), record.fineAmount(),
                    record.rectificationDeadline(), record.decisionDate());
            if (InspectionFacts.of(current).changesTo(facts).isEmpty()) {
                throw new ValidationException("inspections.correction.nothingChanged");
            }
            int correctionNo = repository.nextCorrectionNo(current.id());
            String canonical = InspectionCorrectionContentSource.canonical(current.id(), current.recordCode(),
                    correctionNo, facts, why, actor.username(), recording.now());
            recording.publish(CORRECTED, canonical, (at, hash) -> repository.insertCorrection(current.id(), correctionNo,
                    facts, area.id(), why, actor.username(), at, hash), current.recordCode());
            return find(current.recordCode()).orElseThrow();
        });
    }

    /**
     * Publishes a change of the rectification status (e.g. PENDING to RECTIFIED on a date) as a new
     * status event; the record stays as published. Allowed changes are {@link RectificationStatus#next()}.
     */
    public InspectionRecord changeStatus(Actor actor, String recordCode, RectificationStatus target, LocalDate date,
            String note) {
        return recorder.inTransaction(actor, recording -> {
            Actor acting = recording.actor();
            repository.lock(String.valueOf(recordCode));
            InspectionRecord current = find(recordCode)
                    .orElseThrow(() -> new ValidationException("inspections.record.unknown", recordCode));
            acting.require(Permissions.PUBLISH_INSPECTIONS, current.department().id(), null);
            if (target == null || !current.rectificationStatus().canChangeTo(target)) {
                throw new ValidationException("inspections.status.notAllowed",
                        current.rectificationStatus().name(), String.valueOf(target));
            }
            if (date == null) {
                throw new ValidationException("inspections.status.dateRequired");
            }
            if (date.isBefore(current.inspectionDate()) || date.isAfter(today())) {
                throw new ValidationException("inspections.status.dateOutOfRange", current.inspectionDate().toString());
            }
            String remark = InspectionRules.text(note);
            if (remark != null && remark.length() > MAX_TEXT) {
                throw new ValidationException("inspections.text.tooLong", MAX_TEXT);
            }
            int eventNo = repository.nextEventNo(current.id());
            String canonical = RectificationEventContentSource.canonical(current.id(), current.recordCode(), eventNo,
                    target, date, remark, actor.username(), recording.now());
            recording.publish(STATUS_CHANGED, canonical, (at, hash) -> repository.insertStatusEvent(current.id(), eventNo,
                    target, date, remark, actor.username(), at, hash), current.recordCode());
            return find(current.recordCode()).orElseThrow();
        });
    }

    /** One record as it reads now, by its record number. */
    public Optional<InspectionRecord> find(String recordCode) {
        if (recordCode == null || recordCode.isBlank()) {
            return Optional.empty();
        }
        return repository.current(recordCode, today());
    }

    /** Everything published about one record: as it reads now, as first published, corrections and status events. */
    public Optional<InspectionHistory> history(String recordCode) {
        return find(recordCode).map(current -> new InspectionHistory(current, repository.original(current.id()).orElseThrow(),
                repository.corrections(current.id()), repository.statusEvents(current.id())));
    }

    /** The newest publications about inspection results (records, corrections, status changes), newest first. */
    public List<InspectionEvent> latestEvents(int limit) {
        return repository.latestEvents(limit);
    }

    /** Published records matching the filter, newest inspection first, with the values in force. */
    public List<InspectionRecord> search(InspectionFilter filter, int offset, int limit) {
        InspectionFilter checked = checked(filter);
        return pages.get(new Page(checked, today(), offset, limit),
                page -> List.copyOf(repository.search(page.filter(), page.day(), page.offset(), page.limit())));
    }

    public long count(InspectionFilter filter) {
        InspectionFilter checked = checked(filter);
        return counts.get(new Page(checked, today(), 0, 0), page -> repository.count(page.filter(), page.day()));
    }

    /** A page of the register as read on one day (deadlines and late publications are read against it). */
    private record Page(InspectionFilter filter, LocalDate day, int offset, int limit) {
    }

    /** Every record of one enterprise (by the credit code in force), newest first; empty for a code that is not valid. */
    public List<InspectionRecord> byCreditCode(String creditCode) {
        if (!CreditCode.isValid(creditCode)) {
            return List.of();
        }
        return repository.byCreditCode(creditCode, today());
    }

    /** Today in the city, the day against which rectification deadlines are read. */
    public LocalDate today() {
        return clock.today();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private InspectionFilter checked(InspectionFilter filter) {
        if (filter.areaCode() != null && organization.area(filter.areaCode()).isEmpty()) {
            throw new ValidationException("inspections.area.unknown", filter.areaCode());
        }
        if (filter.sectorCode() != null && organization.sector(filter.sectorCode()).isEmpty()) {
            throw new ValidationException("inspections.sector.unknown", filter.sectorCode());
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new ValidationException("inspections.filter.dateRange");
        }
        return filter;
    }

    /** The rules of the record itself, and its county and sector against the directory. */
    private Area checked(NewInspectionRecord r, Department department) {
        InspectionRules.checkIdentity(r);
        Area area = r.areaCode() == null ? null : organization.area(r.areaCode()).orElse(null);
        if (area == null || area.kind() != AreaKind.COUNTY) {
            throw new ValidationException("inspections.area.unknown", String.valueOf(r.areaCode()));
        }
        if (department.area().kind() == AreaKind.COUNTY && department.area().id() != area.id()) {
            throw new ValidationException("inspections.area.outsideDepartment");
        }
        if (r.sectorCode() == null || organization.sector(r.sectorCode()).isEmpty()) {
            throw new ValidationException("inspections.sector.unknown", String.valueOf(r.sectorCode()));
        }
        InspectionRules.checkContent(r, clock.today());
        return area;
    }

    /** The status a correction is checked against: whether the record needs a deadline at all. */
    private static RectificationStatus deadlineStatus(InspectionRecord current) {
        return current.rectificationStatus() == RectificationStatus.NOT_REQUIRED
                ? RectificationStatus.NOT_REQUIRED : RectificationStatus.PENDING;
    }
}

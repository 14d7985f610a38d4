package org.safetyportal.reporting.intake;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.safetyportal.content.database.TransactionScope;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.reporting.alerts.ReportAlerts;
import org.safetyportal.reporting.cases.CaseJournal;
import org.safetyportal.reporting.challenge.ChallengeAnswer;
import org.safetyportal.reporting.challenge.HumanCheck;
import org.safetyportal.reporting.challenge.HumanCheckRequired;
import org.safetyportal.reporting.cases.CaseStatuses;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.cases.RoutingBasis;
import org.safetyportal.reporting.identity.ReportingKey;
import org.safetyportal.reporting.identity.SealedIdentities;
import org.safetyportal.reporting.internal.ReportInsert;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.photos.ReportPhotos;
import org.safetyportal.reporting.photos.StoredPhoto;
import org.safetyportal.reporting.routing.HazardRouting;
import org.safetyportal.reporting.routing.ResponsibleDepartment;

/**
 * Takes a citizen's hazard report: checks it, routes it by the published 责任清单, stores it with its
 * routing basis and its photos, seals the reporter's identity apart and records the first public step, all in one
 * transaction. The receipt is made only once that transaction has committed, so every code a reporter
 * is shown belongs to a stored report. Text reports that arrive at the same moment share that transaction
 * ({@link GroupCommit}): one turn of the ledger and one commit for all of them.
 */
@Singleton
public class ReportIntake {

    /** Who the first step is by: the public, never a name. */
    public static final String CITIZEN = "citizen";
    public static final String SUBMIT = "SUBMIT";
    static final int PIN_DIGITS = 6;
    private static final int CODE_ATTEMPTS = 3;
    /** Reports stored in one transaction at most: beyond a few dozen a batch only makes its first reporter wait. */
    private static final int BATCH = 32;

    private final SecureRandom random = new SecureRandom();
    private final DSLContext dsl;
    private final ReportRepository repository;
    private final HazardRouting routing;
    private final OrganizationDirectory organization;
    private final ReportingPlaces places;
    private final SealedIdentities identities;
    private final CaseJournal journal;
    private final ReportingKey key;
    private final IntakeLimits limits;
    private final ReportPhotos photos;
    private final HumanCheck humanCheck;
    private final ReportAlerts alerts;
    private final Clock clock;
    private final GroupCommit<Taken, HazardCase> batches = new GroupCommit<>(BATCH, this::storeTogether, this::storeAlone);

    ReportIntake(DSLContext dsl, ReportRepository repository, HazardRouting routing, OrganizationDirectory organization,
            ReportingPlaces places, SealedIdentities identities, CaseJournal journal, ReportingKey key, IntakeLimits limits,
            ReportPhotos photos, HumanCheck humanCheck, ReportAlerts alerts, Clock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.routing = routing;
        this.organization = organization;
        this.places = places;
        this.identities = identities;
        this.journal = journal;
        this.key = key;
        this.limits = limits;
        this.photos = photos;
        this.humanCheck = humanCheck;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * A report an app posts for a citizen (Open311), counted against the limits of where it comes from
     * ({@link IntakeLimits}); the app's key stands for the human check.
     */
    public Receipt submit(NewReport input, IntakeSource source) {
        NewReport report = rules().check(input);
        limits.check(source);
        return store(report, source, null, null);
    }

    /**
     * A visitor's report from the form, made in {@code language} on {@code site} (the portal's address as the visitor
     * reached it), counted against the limits of where it comes from. From a busy source it waits for a human check
     * ({@link HumanCheckRequired} until {@code answer} passes). A real-name reporter who left an email is alerted of
     * the case's public steps in that language, with links to that site ({@link ReportAlerts}), when the portal sends mail.
     */
    public Receipt submit(NewReport input, IntakeSource source, ChallengeAnswer answer, Locale language, String site) {
        NewReport report = rules().check(input);
        if (limits.check(source) && !humanCheck.passes(answer)) {
            throw new HumanCheckRequired(answer != null);
        }
        return store(report, source, language, site);
    }

    /** A report the portal itself enters (demonstration data), which no visitor's limit concerns. */
    public Receipt submit(NewReport input) {
        return store(rules().check(input), null, null, null);
    }

    /**
     * A report checked and routed, waiting to be stored; {@code countedAs} is the source it counts against, if
     * any, and {@code language} and {@code site} what a reporter's alerts are written in and link to.
     */
    record Taken(NewReport report, ResponsibleDepartment routed, String pin, IntakeSource countedAs, Locale language,
            String site) {
    }

    private Receipt store(NewReport report, IntakeSource countedAs, Locale language, String site) {
        Taken taken = new Taken(report, routing.route(report.sectorCode(), report.areaCode()), pin(), countedAs, language,
                site);
        // A photo's megabytes would hold up every report of its batch; a caller's own transaction is not ours to
        // commit for others.
        boolean alone = !report.photos().isEmpty() || TransactionScope.active();
        HazardCase stored = alone ? storeAlone(taken) : batches.write(taken);
        return new Receipt(stored.trackingCode(), taken.pin(), stored);
    }

    /** Reports taken at the same moment, stored in one transaction: one turn of the ledger and one commit for all. */
    private List<HazardCase> storeTogether(List<Taken> batch) {
        return dsl.transactionResult(() -> {
            Instant now = now();
            List<HazardCase> cases = repository.insertReports(batch.stream()
                    .map(taken -> row(taken, TrackingCode.generate(random), now)).toList());
            for (int i = 0; i < batch.size(); i++) {
                keepApart(cases.get(i), batch.get(i), now);
            }
            limits.count(batch.stream().map(Taken::countedAs).filter(Objects::nonNull).toList());
            journal.recordFirst(cases, firstStep(), now);
            return cases;
        });
    }

    private HazardCase storeAlone(Taken taken) {
        for (int attempt = 1; ; attempt++) {
            String code = TrackingCode.generate(random);
            try {
                return dsl.transactionResult(() -> {
                    Instant now = now();
                    HazardCase hazardCase = repository.insertReport(row(taken, code, now));
                    keepApart(hazardCase, taken, now);
                    if (taken.countedAs() != null) {
                        limits.count(taken.countedAs());
                    }
                    journal.recordFirst(List.of(hazardCase), firstStep(), now);
                    return hazardCase;
                });
            } catch (IntegrityConstraintViolationException e) {
                // A code is drawn from 32^12 and not looked up first (one read less for every report): the unique
                // key refuses the rare code already given, and the report is stored again under a new one.
                if (attempt == CODE_ATTEMPTS || !repository.trackingCodeExists(code)) {
                    throw e;
                }
            }
        }
    }

    private ReportInsert row(Taken taken, String code, Instant now) {
        NewReport report = taken.report();
        ResponsibleDepartment routed = taken.routed();
        RoutingBasis basis = routed.justification().map(item -> new RoutingBasis(item.version().id(),
                item.version().versionNo(), item.code(), item.version().contentHash())).orElse(null);
        return new ReportInsert(code, key.pinHash(pinSubject(code, taken.pin())), report.sectorCode(), report.areaCode(),
                report.townshipCode(), report.address(), report.latitude(), report.longitude(), report.enterpriseName(),
                report.creditCode(), report.description(), !report.anonymous(), routed.department().code(),
                routed.rule().name(), basis, CaseStatuses.SUBMITTED, now);
    }

    /** What is kept apart from the report: the reporter's sealed identity and alert address, and the photos. */
    private void keepApart(HazardCase hazardCase, Taken taken, Instant now) {
        NewReport report = taken.report();
        if (!report.anonymous()) {
            identities.seal(hazardCase.id(), report.reporter());
            if (report.reporter().email() != null) {
                alerts.subscribe(hazardCase.id(), taken.language(), taken.site());
            }
        }
        photos.store(hazardCase.id(), report.photos(), StoredPhoto.Kind.BEFORE, now);
    }

    private static CaseJournal.Step firstStep() {
        return new CaseJournal.Step(SUBMIT, CaseStatuses.SUBMITTED, null, null, null, null, true, CITIZEN);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The categories a reporter chooses from: the sectors with their everyday examples. */
    public List<Sector> categories() {
        return organization.sectors();
    }

    /** The counties a report may name (the city's own area is not a place). */
    public List<Area> counties() {
        return organization.counties();
    }

    public List<Township> townships(String areaCode) {
        return places.townships(areaCode);
    }

    public ReportingPlaces places() {
        return places;
    }

    /** What the PIN hash covers: the PIN bound to its code, so that equal PINs never hash alike. */
    public static String pinSubject(String trackingCode, String pin) {
        return trackingCode + ":" + pin;
    }

    private IntakeRules rules() {
        Map<String, Set<String>> townships = new LinkedHashMap<>();
        for (Area county : organization.counties()) {
            townships.put(county.code(), places.townships(county.code()).stream().map(Township::code)
                    .collect(Collectors.toSet()));
        }
        return new IntakeRules(organization.sectors().stream().map(Sector::code).collect(Collectors.toSet()), townships);
    }

    private String pin() {
        StringBuilder pin = new StringBuilder(PIN_DIGITS);
        for (int i = 0; i < PIN_DIGITS; i++) {
            pin.append(random.nextInt(10));
        }
        return pin.toString();
    }
}

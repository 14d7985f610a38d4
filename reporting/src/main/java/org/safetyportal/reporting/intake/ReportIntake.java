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
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
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
 * is shown belongs to a stored report.
 */
@Singleton
public class ReportIntake {

    /** Who the first step is by: the public, never a name. */
    public static final String CITIZEN = "citizen";
    public static final String SUBMIT = "SUBMIT";
    static final int PIN_DIGITS = 6;
    private static final int CODE_ATTEMPTS = 3;

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
        return store(report, () -> limits.count(source), null, null);
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
        return store(report, () -> limits.count(source), language, site);
    }

    /** A report the portal itself enters (demonstration data), which no visitor's limit concerns. */
    public Receipt submit(NewReport input) {
        return store(rules().check(input), () -> { }, null, null);
    }

    private Receipt store(NewReport report, Runnable counted, Locale language, String site) {
        ResponsibleDepartment routed = routing.route(report.sectorCode(), report.areaCode());
        String pin = pin();
        for (int attempt = 1; ; attempt++) {
            String code = TrackingCode.generate(random);
            try {
                HazardCase stored = dsl.transactionResult(() -> insert(report, routed, code, pin, counted, language, site));
                return new Receipt(stored.trackingCode(), pin, stored);
            } catch (IntegrityConstraintViolationException e) {
                // A code is drawn from 32^12 and not looked up first (one read less for every report): the unique
                // key refuses the rare code already given, and the report is stored again under a new one.
                if (attempt == CODE_ATTEMPTS || !repository.trackingCodeExists(code)) {
                    throw e;
                }
            }
        }
    }

    private HazardCase insert(NewReport report, ResponsibleDepartment routed, String code, String pin, Runnable counted,
            Locale language, String site) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        RoutingBasis basis = routed.justification().map(item -> new RoutingBasis(item.version().id(),
                item.version().versionNo(), item.code(), item.version().contentHash())).orElse(null);
        HazardCase hazardCase = repository.insertReport(new ReportInsert(code, key.pinHash(pinSubject(code, pin)),
                report.sectorCode(), report.areaCode(), report.townshipCode(), report.address(), report.latitude(),
                report.longitude(), report.enterpriseName(), report.creditCode(), report.description(),
                !report.anonymous(), routed.department().code(), routed.rule().name(), basis,
                CaseStatuses.SUBMITTED, now));
        if (!report.anonymous()) {
            identities.seal(hazardCase.id(), report.reporter());
            if (report.reporter().email() != null) {
                alerts.subscribe(hazardCase.id(), language, site);
            }
        }
        photos.store(hazardCase.id(), report.photos(), StoredPhoto.Kind.BEFORE, now);
        counted.run();
        journal.recordFirst(hazardCase, new CaseJournal.Step(SUBMIT, CaseStatuses.SUBMITTED, null, null, null, null,
                true, CITIZEN), now);
        return hazardCase;
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

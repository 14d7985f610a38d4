package org.safetyportal.reporting.publiccases;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;
import org.safetyportal.reporting.cases.CaseActions;
import org.safetyportal.reporting.cases.CaseClock;
import org.safetyportal.reporting.cases.CaseEvent;
import org.safetyportal.reporting.cases.CaseWorkflow;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.intake.ReportingPlaces;
import org.safetyportal.reporting.internal.ReportRepository;

/**
 * The public register of citizens' reports, read from what the ledger published: each case is rebuilt
 * from its public steps (every one has its ledger entry), and a case is public from its first. Read in
 * two queries once per ledger head and city day (the clock turns cases overdue without a new entry), and
 * then served from memory to the pages, the feeds, the statistics and the open data.
 *
 * <p>From the report itself only what its first published step stands for is taken (sector, county, the
 * routing and its basis) and the township, the coarsest place a reporter gives. The reporter's words are
 * left out: the case work has no public summary, and a description may name or place its writer.
 */
@Singleton
public class PublicCases {

    /** Entries kept: one snapshot per head and day; two cover a head that moves while a reader reads. */
    private static final int SNAPSHOTS = 2;

    private final ReportRepository repository;
    private final CaseWorkflow workflow;
    private final CaseClock clock;
    private final ReportingPlaces places;
    private final PerHeadCache<LocalDate, Snapshot> snapshots;

    PublicCases(ReportRepository repository, CaseWorkflow workflow, CaseClock clock, ReportingPlaces places,
            PublicationHead head) {
        this.repository = repository;
        this.workflow = workflow;
        this.clock = clock;
        this.places = places;
        this.snapshots = new PerHeadCache<>(head, SNAPSHOTS);
    }

    /** The published cases that pass the filter, newest received first. */
    public List<PublicCase> search(PublicCaseFilter filter) {
        PublicCaseFilter f = filter == null ? PublicCaseFilter.all() : filter;
        return snapshot().cases().stream().filter(f::matches).toList();
    }

    /** The case of this public number; empty for a number that is malformed, unknown or not published. */
    public Optional<PublicCase> byNumber(String number) {
        return PublicCaseNumber.parse(number).map(p -> snapshot().byId().get(p.caseId()))
                .filter(c -> c.number().equals(number.strip()));
    }

    /** The statistics of every published case (see {@link CaseStatistics} for how each figure is made). */
    public CaseStatistics statistics() {
        return snapshot().statistics();
    }

    /** The statuses in the workflow's order. */
    public List<String> statuses() {
        return workflow.statuses();
    }

    /** The published steps of the cases that pass the filter, newest first, at most {@code limit}: what a feed announces. */
    public List<Published> recentSteps(PublicCaseFilter filter, int limit) {
        List<Published> steps = new ArrayList<>();
        for (PublicCase c : search(filter)) {
            c.steps().forEach(step -> steps.add(new Published(c, step)));
        }
        steps.sort(Comparator.comparing((Published p) -> p.step().at()).thenComparing(p -> p.step().eventId()).reversed());
        return steps.stream().limit(limit).toList();
    }

    /** A published step with its case. */
    public record Published(PublicCase hazardCase, PublicCaseStep step) {
    }

    private Snapshot snapshot() {
        return snapshots.get(clock.today(), ignored -> read());
    }

    private Snapshot read() {
        Map<Integer, List<CaseEvent>> events = repository.publicEvents().stream()
                .collect(Collectors.groupingBy(CaseEvent::reportId, LinkedHashMap::new, Collectors.toList()));
        List<PublicCase> cases = new ArrayList<>();
        for (HazardCase report : repository.all()) {
            List<CaseEvent> steps = events.get(report.id());
            if (steps != null && !steps.isEmpty()) {
                cases.add(rebuild(report, steps));
            }
        }
        cases.sort(Comparator.comparing(PublicCase::receivedAt).thenComparing(PublicCase::caseId).reversed());
        Map<Integer, PublicCase> byId = cases.stream().collect(Collectors.toMap(PublicCase::caseId, c -> c));
        return new Snapshot(List.copyOf(cases), byId, CaseStatistics.of(cases, workflow.statuses()));
    }

    /** Where the case stands after its last published step, and the steps as published. */
    private PublicCase rebuild(HazardCase report, List<CaseEvent> events) {
        List<PublicCaseStep> steps = events.stream().map(e -> new PublicCaseStep(e.id(), e.eventNo(), e.action(),
                e.statusAfter(), e.department(), e.outcome(), e.deadline(), e.publicNote(), e.occurredAt())).toList();
        String outcome = null;
        LocalDate deadline = null;
        for (PublicCaseStep step : steps) {
            if (!CaseActions.NOTE.equals(step.action())) {
                outcome = step.outcome();
            }
            if (step.deadline() != null) {
                deadline = step.deadline();
            }
        }
        PublicCaseStep first = steps.get(0);
        PublicCaseStep last = steps.get(steps.size() - 1);
        boolean open = workflow.isOpen(last.status());
        return new PublicCase(PublicCaseNumber.of(clock.dateOf(first.at()), report.id()), report.id(), report.sector(),
                report.area(), places.township(report.townshipCode()).orElse(null), report.routedDepartment(),
                report.rule(), report.basis(), last.department(), last.status(), open, open ? null : outcome, open ? deadline : null,
                first.at(), steps, clock.due(last.status(), first.at()).orElse(null));
    }

    private record Snapshot(List<PublicCase> cases, Map<Integer, PublicCase> byId, CaseStatistics statistics) {
    }
}

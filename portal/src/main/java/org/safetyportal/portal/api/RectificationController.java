package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.safetyportal.content.publishing.ActingRole;
import org.safetyportal.content.rectification.AccountabilityDecision;
import org.safetyportal.content.rectification.AccountabilityExports;
import org.safetyportal.content.rectification.AccountabilityFilter;
import org.safetyportal.content.rectification.AccountabilityRegister;
import org.safetyportal.content.rectification.ProblemCompletion;
import org.safetyportal.content.rectification.ProblemExports;
import org.safetyportal.content.rectification.ProblemFilter;
import org.safetyportal.content.rectification.ProblemRegister;
import org.safetyportal.content.rectification.RectificationProblem;

/**
 * 问题整改清单 and 追责问责清单 as open data: each list filtered and paged (an empty page keeps its shape, with
 * {@code []}), and one entry by its number with the entries linked to it.
 */
@Controller("/api/v1")
class RectificationController {

    private final ProblemRegister problems;
    private final AccountabilityRegister decisions;
    private final ProblemExports problemExports;
    private final AccountabilityExports decisionExports;

    RectificationController(ProblemRegister problems, AccountabilityRegister decisions, ProblemExports problemExports,
            AccountabilityExports decisionExports) {
        this.problems = problems;
        this.decisions = decisions;
        this.problemExports = problemExports;
        this.decisionExports = decisionExports;
    }

    @Serdeable
    record CompletionJson(String completedOn, String note, String recordedByRole, String recordedAt, String contentHash,
            String ledgerSubject) {
        static CompletionJson of(ProblemCompletion c) {
            return new CompletionJson(c.date().toString(), c.note(), ActingRole.PUBLISHER, c.recordedAt().toString(),
                    c.contentHash(), c.ledgerSubject());
        }
    }

    @Serdeable
    record DecisionJson(String decisionCode, String department, String heldUnit, String heldPost, String measure,
            String reason, String decidedBy, String decisionDate, String problem, String hazard, String recordedByRole,
            String recordedAt, String contentHash, String ledgerSubject) {
        static DecisionJson of(AccountabilityDecision d) {
            return new DecisionJson(d.decisionCode(), d.department().code(), d.heldUnit(), d.heldPost(), d.measure().name(),
                    d.reason(), d.decidedBy(), d.decisionDate().toString(), d.problemCode(), d.hazardCode(), ActingRole.PUBLISHER,
                    d.recordedAt().toString(), d.contentHash(), d.ledgerSubject());
        }
    }

    @Serdeable
    record ProblemJson(String problemCode, String department, String source, String campaign, String inspectedParty,
            String area, String description, String measures, String responsibleUnit, String foundDate, String deadline,
            String status, boolean overdue, String hazard, String inspection, String oversight, String recordedByRole,
            String recordedAt, String contentHash, String ledgerSubject, CompletionJson completion) {
        static ProblemJson of(RectificationProblem p) {
            return new ProblemJson(p.problemCode(), p.department().code(), p.source().name(), p.campaign(),
                    p.inspectedParty(), p.area().code(), p.description(), p.measures(), p.responsibleUnit(),
                    p.foundDate().toString(), p.deadline().toString(), p.status().name(), p.overdue(), p.hazardCode(),
                    p.inspectionCode(), p.oversightCode(), ActingRole.PUBLISHER, p.recordedAt().toString(), p.contentHash(),
                    p.ledgerSubject(), p.completion().map(CompletionJson::of).orElse(null));
        }
    }

    @Serdeable
    record ProblemPageJson(long total, int offset, int limit, List<ProblemJson> problems) {
    }

    @Serdeable
    record ProblemWithDecisionsJson(ProblemJson problem, List<DecisionJson> accountability) {
    }

    @Serdeable
    record DecisionPageJson(long total, int offset, int limit, List<DecisionJson> decisions) {
    }

    /** Newest finding first; area by code, source SAFETY_INSPECTION or SPECIAL_CAMPAIGN, status RECTIFYING, RECTIFIED or OVERDUE. */
    @Get("/rectification")
    ProblemPageJson problems(@Nullable @QueryValue String area, @Nullable @QueryValue String source,
            @Nullable @QueryValue String status, @QueryValue(defaultValue = "0") int offset,
            @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        ProblemFilter filter = new ProblemFilter(blankToNull(area), blankToNull(source), blankToNull(status));
        return new ProblemPageJson(problems.count(filter), offset, limit,
                problems.search(filter, offset, limit).stream().map(ProblemJson::of).toList());
    }

    /** The filtered set as {@code export.csv}, {@code .xlsx} or {@code .json}, with the list's parameters. */
    @Get("/rectification/export.{extension}")
    HttpResponse<byte[]> exportProblems(@PathVariable String extension, @Nullable @QueryValue String area,
            @Nullable @QueryValue String source, @Nullable @QueryValue String status, HttpRequest<?> request) {
        return RegisterDownloads.of(problemExports.export(
                new ProblemFilter(blankToNull(area), blankToNull(source), blankToNull(status)), RegisterDownloads.format(extension),
                ApiLanguage.of(request)));
    }

    @Get("/rectification/{code}")
    ProblemWithDecisionsJson problem(@PathVariable String code) {
        RectificationProblem problem = problems.byCode(code).orElseThrow(ResourceNotFoundException::new);
        return new ProblemWithDecisionsJson(ProblemJson.of(problem),
                decisions.ofProblem(problem.problemCode()).stream().map(DecisionJson::of).toList());
    }

    /** The problems linked to one listed major hazard, newest finding first; {@code []} when there are none. */
    @Get("/hazards/{code}/rectification")
    List<ProblemJson> problemsOfHazard(@PathVariable String code) {
        return problems.ofHazard(code).stream().map(ProblemJson::of).toList();
    }

    /** The accountability decisions about one listed major hazard, newest first; {@code []} when there are none. */
    @Get("/hazards/{code}/accountability")
    List<DecisionJson> decisionsOfHazard(@PathVariable String code) {
        return decisions.ofHazard(code).stream().map(DecisionJson::of).toList();
    }

    /** Newest decision first; measure one of INTERVIEW, PUBLIC_CRITICISM, ADMONITION, DISCIPLINARY_SANCTION, ADMINISTRATIVE_PENALTY, REFERRED. */
    @Get("/accountability")
    DecisionPageJson decisions(@Nullable @QueryValue String measure, @QueryValue(defaultValue = "0") int offset,
            @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        AccountabilityFilter filter = new AccountabilityFilter(blankToNull(measure));
        return new DecisionPageJson(decisions.count(filter), offset, limit,
                decisions.search(filter, offset, limit).stream().map(DecisionJson::of).toList());
    }

    @Get("/accountability/export.{extension}")
    HttpResponse<byte[]> exportDecisions(@PathVariable String extension, @Nullable @QueryValue String measure,
            HttpRequest<?> request) {
        return RegisterDownloads.of(decisionExports.export(new AccountabilityFilter(blankToNull(measure)),
                RegisterDownloads.format(extension), ApiLanguage.of(request)));
    }

    @Get("/accountability/{code}")
    DecisionJson decision(@PathVariable String code) {
        return decisions.byCode(code).map(DecisionJson::of).orElseThrow(ResourceNotFoundException::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

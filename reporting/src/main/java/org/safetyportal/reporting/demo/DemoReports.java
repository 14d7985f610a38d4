package org.safetyportal.reporting.demo;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Role;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.seed.SeedTable;
import org.safetyportal.reporting.cases.CaseActions;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseEvent;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.ReportIntake;
import org.safetyportal.reporting.internal.ReportRepository;

/**
 * Demonstration reports from {@code seed/demo/reports.tsv}, of fictional places and enterprises, taken
 * through the real intake and worked through the real case work by built-in demo staff: a handler of
 * whichever department holds the case, a colleague who verifies, and the safety committee office that
 * decides refusals. Each report and each step is its own transaction; a report already taken is found
 * again and only its missing steps are taken, so a start killed half-way is completed by the next.
 */
@Singleton
public class DemoReports {

    static final String SEED = "seed/demo/reports.tsv";
    public static final String HANDLER = "demo.handler";
    public static final String VERIFIER = "demo.verifier";
    public static final String COMMITTEE = "demo.committee";
    private static final String ROLE = "CASE_HANDLER";
    private static final String COMMITTEE_TYPE = "SAFETY_COMMITTEE";

    private final ReportIntake intake;
    private final CaseWork work;
    private final ReportRepository repository;
    private final OrganizationDirectory organization;
    private final AccountService accounts;
    private final CityClock clock;

    DemoReports(ReportIntake intake, CaseWork work, ReportRepository repository, OrganizationDirectory organization,
            AccountService accounts, CityClock clock) {
        this.intake = intake;
        this.work = work;
        this.repository = repository;
        this.organization = organization;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Takes the reports and steps not taken yet; answers how many reports and steps it took. */
    public int loadIfNeeded() {
        int taken = 0;
        for (Map<String, String> row : SeedTable.read(SEED).rows()) {
            HazardCase hazardCase = repository.find(row.get("area"), row.get("address"), row.get("description")).orElse(null);
            if (hazardCase == null) {
                hazardCase = intake.submit(new NewReport(row.get("sector"), row.get("area"), blank(row.get("township")),
                        row.get("address"), null, null, blank(row.get("enterprise")), null, row.get("description"), null,
                        false)).hazardCase();
                taken++;
            }
            List<String> steps = row.get("steps").isBlank() ? List.of() : Arrays.asList(row.get("steps").split(";"));
            long done = repository.events(hazardCase.id()).stream().map(CaseEvent::action)
                    .filter(action -> !ReportIntake.SUBMIT.equals(action) && !CaseActions.NOTE.equals(action)).count();
            for (int i = (int) done; i < steps.size(); i++) {
                hazardCase = take(hazardCase, steps.get(i));
                taken++;
            }
        }
        return taken;
    }

    private HazardCase take(HazardCase hazardCase, String step) {
        String[] parts = step.split("\\|", -1);
        String action = parts[0];
        String argument = parts.length > 1 ? blank(parts[1]) : null;
        String note = parts.length > 2 ? blank(parts[2]) : null;
        CaseCommand command = CaseCommand.of(action).withNote(note);
        switch (action) {
            case "NOT_ACCEPT", CaseActions.REQUEST_VERIFICATION -> command = command.withOutcome(argument);
            case "ORDER_RECTIFICATION" -> command = command.withDeadline(today().plusDays(Integer.parseInt(argument)));
            case CaseActions.TRANSFER, CaseActions.DECIDE_DISPUTE -> command = command.toDepartment(argument);
            default -> { }
        }
        return work.act(actor(action, hazardCase), hazardCase.id(), command);
    }

    private Actor actor(String action, HazardCase hazardCase) {
        if (CaseActions.DECIDE_DISPUTE.equals(action)) {
            Department committee = organization.department(COMMITTEE_TYPE, hazardCase.department().area().code())
                    .orElseThrow(() -> new IllegalStateException(SEED + ": no safety committee office for a dispute"));
            return Actor.builtIn(COMMITTEE, List.of(RoleGrant.inDepartment(ROLE, committee.id())), permissions());
        }
        String name = CaseActions.VERIFY_CLOSE.equals(action) ? VERIFIER : HANDLER;
        return Actor.builtIn(name, List.of(RoleGrant.inDepartment(ROLE, hazardCase.department().id())), permissions());
    }

    private Map<String, Set<String>> permissions() {
        return accounts.roles().stream().collect(Collectors.toMap(Role::code, Role::permissions));
    }

    private LocalDate today() {
        return clock.today();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

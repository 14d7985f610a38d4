package org.safetyportal.reporting.demo;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.safetyportal.reporting.identity.ReporterIdentity;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.intake.ReportIntake;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.rewards.Reward;
import org.safetyportal.reporting.rewards.RewardClaim;
import org.safetyportal.reporting.rewards.Rewards;

/**
 * Demonstration reports from {@code seed/demo/reports.tsv}, of fictional places and enterprises, taken
 * through the real intake and worked through the real case work by built-in demo staff: a handler of
 * whichever department holds the case, a colleague who verifies, and the safety committee office that
 * decides refusals. Each report and each step is its own transaction; a report already taken is found
 * again and only its missing steps are taken, so a start killed half-way is completed by the next.
 * A few fictional real-name reports ({@code seed/demo/rewards.tsv}) get a reward through the real {@link Rewards}
 * service, at the stage the seed names (recorded, approved by a second person, paid), the same way.
 */
@Singleton
public class DemoReports {

    static final String SEED = "seed/demo/reports.tsv";
    static final String REWARDS = "seed/demo/rewards.tsv";
    /** The demo's real-name reports are accepted and investigated: a penalty, and so a reward, may follow. */
    private static final List<String> INVESTIGATED = List.of("ACCEPT||已受理，组织核查", "INVESTIGATE||");
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
    private final Rewards rewards;

    DemoReports(ReportIntake intake, CaseWork work, ReportRepository repository, OrganizationDirectory organization,
            AccountService accounts, CityClock clock, Rewards rewards) {
        this.rewards = rewards;
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

    /**
     * Takes the real-name reports of {@value #REWARDS} not taken yet, with their steps, and records and advances their
     * rewards as far as the seed says; answers the receipts of the reports taken now (their codes and PINs, which only
     * this first start can tell), none on a later start.
     */
    public List<Receipt> loadRewardsIfNeeded() {
        List<Receipt> taken = new ArrayList<>();
        for (Map<String, String> row : SeedTable.read(REWARDS).rows()) {
            HazardCase hazardCase = repository.find(row.get("area"), row.get("address"), row.get("description")).orElse(null);
            if (hazardCase == null) {
                Receipt receipt = intake.submit(new NewReport(row.get("sector"), row.get("area"), blank(row.get("township")),
                        row.get("address"), null, null, blank(row.get("enterprise")), null, row.get("description"),
                        new ReporterIdentity(row.get("name"), row.get("phone"), null), true));
                taken.add(receipt);
                hazardCase = receipt.hazardCase();
            }
            long done = repository.events(hazardCase.id()).stream().map(CaseEvent::action)
                    .filter(action -> !ReportIntake.SUBMIT.equals(action) && !CaseActions.NOTE.equals(action)).count();
            for (int i = (int) done; i < INVESTIGATED.size(); i++) {
                hazardCase = take(hazardCase, INVESTIGATED.get(i));
            }
            reward(hazardCase, row);
        }
        return taken;
    }

    private void reward(HazardCase hazardCase, Map<String, String> row) {
        Actor handler = actor(CaseActions.REQUEST_VERIFICATION, hazardCase);
        Reward reward = rewards.of(handler, hazardCase.id()).orElse(null);
        if (reward == null) {
            reward = rewards.record(handler, hazardCase.id(), new RewardClaim(row.get("kind"), row.get("decision"),
                    row.get("fine_yuan"), today()));
        }
        String stage = row.get("stage");
        if (Rewards.RECORDED.equals(reward.stage()) && !Rewards.RECORDED.equals(stage)) {
            reward = rewards.advance(actor(CaseActions.VERIFY_CLOSE, hazardCase), hazardCase.id(), "APPROVE", null);
        }
        if ("APPROVED".equals(reward.stage()) && "PAID".equals(stage)) {
            rewards.advance(handler, hazardCase.id(), "PAY", today());
        }
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

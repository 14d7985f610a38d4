package org.safetyportal.reporting.rewards;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.reporting.cases.CaseEventContentSource;
import org.safetyportal.reporting.cases.CaseStatuses;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.internal.ReportRepository;

/**
 * Rewards to reporters (安监总财〔2018〕19号《安全生产领域举报奖励办法》). A handler of the case records the
 * administrative penalty the report led to; the reward is computed by the rule in force on the penalty
 * day ({@link RewardRules}); a second person approves it (four eyes) and it is marked paid on a day.
 * The stages and what each needs are data ({@code reward_transition}). Only a real-name case's own
 * reporter is rewarded: never an anonymous report, never a case closed as a duplicate (多人多次举报同一
 * 事项的，仅奖励最先有效举报的举报人), and a supporter ("this is the same") has no case of their own. Rights
 * are read again at every stage and every stage is audited. Nothing of this is public: the reporter
 * reads the stage and amount after tracking code and PIN.
 */
@Singleton
public class Rewards {

    public static final String RECORD = "RECORD";
    public static final String RECORDED = "RECORDED";
    public static final int MAX_DECISION_NO = 100;
    private static final String DUPLICATE = "DUPLICATE";
    private static final String NOT_SUBSTANTIATED = "NOT_SUBSTANTIATED";

    private final DSLContext dsl;
    private final RewardRepository repository;
    private final ReportRepository reports;
    private final RewardRules rules;
    private final RewardStatuses statuses;
    private final CurrentRights rights;
    private final AuditLog auditLog;
    private final CityClock clock;
    private final List<RewardTransition> transitions;

    Rewards(DSLContext dsl, RewardRepository repository, ReportRepository reports, RewardRules rules,
            RewardStatuses statuses, CurrentRights rights, AuditLog auditLog, CityClock clock) {
        this.statuses = statuses;
        this.dsl = dsl;
        this.repository = repository;
        this.reports = reports;
        this.rules = rules;
        this.rights = rights;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transitions = repository.transitions();
    }

    public RewardRules rules() {
        return rules;
    }

    /** The reward of a case, for a handler of it (rights read now); empty when none is recorded. */
    public Optional<Reward> of(Actor actor, int caseId) {
        requireHandler(rights.of(actor), reports.byId(caseId).orElseThrow(() -> new ValidationException("cases.unknown")));
        return repository.of(caseId);
    }

    /** The actions the reward of a case allows now (none before one is recorded), in the table's order. */
    public List<RewardTransition> next(Reward reward) {
        return transitions.stream().filter(t -> t.fromStage().equals(reward.stage())).toList();
    }

    /**
     * Whether a reward may be recorded for this case as it stands: empty when it may, else the message key
     * that says why not (anonymous, a duplicate, not (yet) investigated, not substantiated).
     */
    public Optional<String> whyNot(HazardCase c) {
        if (!c.realName()) {
            return Optional.of("rewards.anonymous");
        }
        if (CaseStatuses.NOT_ACCEPTED.equals(c.status()) && DUPLICATE.equals(c.outcome())) {
            return Optional.of("rewards.duplicate");
        }
        if (!statuses.penalisable(c.status())) {
            return Optional.of("rewards.notInvestigated");
        }
        if (NOT_SUBSTANTIATED.equals(c.outcome())) {
            return Optional.of("rewards.notSubstantiated");
        }
        return Optional.empty();
    }

    /** Records the penalty and the reward it earns; answers the reward. */
    public Reward record(Actor actor, int caseId, RewardClaim claim) {
        if (claim == null) {
            throw new ValidationException("rewards.kind.required");
        }
        String kind = claim.kind() == null ? "" : claim.kind().strip();
        if (!rules.knows(kind)) {
            throw new ValidationException("rewards.kind.required");
        }
        String decisionNo = claim.decisionNo() == null ? "" : claim.decisionNo().strip();
        if (decisionNo.isEmpty()) {
            throw new ValidationException("rewards.decision.required");
        }
        if (decisionNo.length() > MAX_DECISION_NO) {
            throw new ValidationException("rewards.decision.tooLong", MAX_DECISION_NO);
        }
        long fineFen = Money.parseFine(claim.fine());
        LocalDate penaltyDate = claim.penaltyDate();
        if (penaltyDate == null) {
            throw new ValidationException("rewards.penaltyDate.required");
        }
        if (penaltyDate.isAfter(clock.today())) {
            throw new ValidationException("rewards.penaltyDate.future");
        }
        return dsl.transactionResult(() -> {
            Actor acting = rights.of(actor);
            HazardCase c = reports.lock(caseId).orElseThrow(() -> new ValidationException("cases.unknown"));
            requireHandler(acting, c);
            whyNot(c).ifPresent(key -> {
                throw new ValidationException(key);
            });
            if (repository.of(caseId).isPresent()) {
                throw new ValidationException("rewards.exists");
            }
            if (penaltyDate.isBefore(clock.dateOf(c.submittedAt()))) {
                throw new ValidationException("rewards.penaltyDate.beforeReport");
            }
            RewardRule rule = rules.inForce(kind, penaltyDate)
                    .orElseThrow(() -> new ValidationException("rewards.rule.none", penaltyDate.toString()));
            Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
            Reward reward = new Reward(caseId, RECORDED, decisionNo, fineFen, penaltyDate, rule.kind(), rule.effective(),
                    rule.percentage(), rule.minimumFen(), rule.maximumFen(), rule.rewardFen(fineFen), acting.username(), now,
                    null, null, null, null);
            repository.insert(reward);
            auditLog.record(acting.username(), "rewards." + RECORD, CaseEventContentSource.CASE_PREFIX + caseId,
                    "fine " + Money.yuan(fineFen) + " (" + decisionNo + ", " + penaltyDate + ") reward "
                            + Money.yuan(reward.rewardFen()) + " by " + rule.kind() + " of " + rule.effective());
            return repository.of(caseId).orElseThrow();
        });
    }

    /** Takes the reward to its next stage by the action the table allows ({@code APPROVE}, {@code PAY}). */
    public Reward advance(Actor actor, int caseId, String action, LocalDate date) {
        return auditLog.recordingRefusals(actor, () -> dsl.transactionResult(() -> {
            Actor acting = rights.of(actor);
            HazardCase c = reports.lock(caseId).orElseThrow(() -> new ValidationException("cases.unknown"));
            requireHandler(acting, c);
            Reward reward = repository.of(caseId).orElseThrow(() -> new ValidationException("rewards.none"));
            RewardTransition transition = next(reward).stream().filter(t -> t.action().equals(action)).findFirst()
                    .orElseThrow(() -> new ValidationException("rewards.action.notAllowed"));
            whyNot(c).ifPresent(key -> {
                throw new ValidationException(key);
            });
            if (transition.fourEyes() && acting.username().equals(reward.recordedBy())) {
                throw new FourEyesViolation("rewards.fourEyes", CaseEventContentSource.CASE_PREFIX + caseId);
            }
            Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
            if (transition.needsDate()) {
                if (date == null) {
                    throw new ValidationException("rewards.paidOn.required");
                }
                if (date.isAfter(clock.today())) {
                    throw new ValidationException("rewards.paidOn.future");
                }
                if (reward.approvedAt() != null && date.isBefore(clock.dateOf(reward.approvedAt()))) {
                    throw new ValidationException("rewards.paidOn.beforeApproval");
                }
                repository.pay(caseId, transition.toStage(), acting.username(), date, now);
            } else {
                repository.approve(caseId, transition.toStage(), acting.username(), now);
            }
            auditLog.record(acting.username(), "rewards." + transition.action(), CaseEventContentSource.CASE_PREFIX + caseId,
                    transition.fromStage() + " -> " + transition.toStage() + " " + Money.yuan(reward.rewardFen())
                            + (date == null ? "" : " on " + date));
            return repository.of(caseId).orElseThrow();
        }));
    }

    /**
     * Where the reward of a case stands, for the reporter who has just given the case's tracking code and
     * PIN ({@code ReportTracking} checks them before asking); never for anyone else.
     */
    public Optional<RewardStatus> forReporter(HazardCase trackedCase) {
        if (!trackedCase.realName()) {
            return Optional.empty();
        }
        return repository.of(trackedCase.id()).map(Reward::status);
    }

    private static void requireHandler(Actor acting, HazardCase c) {
        if (!CaseWork.handles(acting, c)) {
            throw new AccessDeniedException(Permissions.HANDLE_CASES);
        }
    }
}

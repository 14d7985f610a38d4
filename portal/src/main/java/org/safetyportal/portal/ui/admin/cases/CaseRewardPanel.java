package org.safetyportal.portal.ui.admin.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.i18n.Messages;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.rewards.Money;
import org.safetyportal.reporting.rewards.Reward;
import org.safetyportal.reporting.rewards.RewardClaim;
import org.safetyportal.reporting.rewards.RewardRule;
import org.safetyportal.reporting.rewards.RewardTransition;
import org.safetyportal.reporting.rewards.Rewards;

/**
 * The reward of a real-name case for its handlers (安监总财〔2018〕19号): record the penalty (the reward
 * is computed by the rule kept as data), then approve it (another person) and record it paid. Every
 * step goes to {@link Rewards}, which reads the rights again; a refusal is shown in words here.
 */
class CaseRewardPanel extends Div {

    private final Rewards rewards;
    private final Actor actor;
    private final Paragraph error = new Paragraph();

    CaseRewardPanel(Rewards rewards, Actor actor) {
        this.rewards = rewards;
        this.actor = actor;
        setId("case-reward");
        addClassName("case-reward");
        error.setId("reward-error");
        error.addClassName("report-error");
        error.getElement().setAttribute("role", "alert");
    }

    /** Shows the reward of this case as it stands (or the form to record one). */
    CaseRewardPanel show(HazardCase c) {
        removeAll();
        add(new H2(getTranslation("rewards.title")), new Paragraph(getTranslation("rewards.explain")));
        Optional<Reward> reward = rewards.of(actor, c.id());
        if (reward.isPresent()) {
            showReward(c, reward.get());
        } else {
            Optional<String> whyNot = rewards.whyNot(c);
            if (whyNot.isPresent()) {
                Paragraph not = new Paragraph(getTranslation(whyNot.get()));
                not.setId("reward-why-not");
                add(not);
            } else {
                Paragraph none = new Paragraph(getTranslation("rewards.notRecorded"));
                none.setId("reward-stage");
                add(none, recordForm(c));
            }
        }
        error.setVisible(false);
        add(error);
        return this;
    }

    private void showReward(HazardCase c, Reward r) {
        Paragraph stage = new Paragraph(getTranslation("rewards.stage", getTranslation("rewards.stage." + r.stage())));
        stage.setId("reward-stage");
        Paragraph penalty = new Paragraph(getTranslation("rewards.penalty", r.decisionNo(), r.penaltyDate().toString(),
                Money.yuan(r.fineFen())));
        penalty.setId("reward-penalty");
        String ruleName = rewards.rules().inForce(r.ruleKind(), r.penaltyDate()).map(rule -> rule.name().in(getLocale()))
                .orElse(r.ruleKind());
        Paragraph amount = new Paragraph(getTranslation("rewards.amount", Money.yuan(r.rewardFen()), ruleName,
                r.rulePercentage().stripTrailingZeros().toPlainString(), Money.yuan(r.ruleMinimumFen()),
                Money.yuan(r.ruleMaximumFen()), r.ruleEffective().toString()));
        amount.setId("reward-amount");
        String nobody = getTranslation("rewards.nobody");
        Paragraph people = new Paragraph(getTranslation("rewards.people", r.recordedBy(),
                r.approvedBy() == null ? nobody : r.approvedBy(), r.paidBy() == null ? nobody : r.paidBy()
                        + (r.paidOn() == null ? "" : " · " + r.paidOn())));
        add(stage, penalty, amount, people);
        for (RewardTransition transition : rewards.next(r)) {
            DatePicker date = new DatePicker(getTranslation("rewards.paidOn"));
            date.setId("reward-date-" + transition.action());
            Button button = new Button(getTranslation("rewards.action." + transition.action()), click -> attempt(() -> {
                rewards.advance(actor, c.id(), transition.action(), transition.needsDate() ? date.getValue() : null);
                show(c);
            }));
            button.setId("reward-" + transition.action());
            if (transition.needsDate()) {
                add(new Div(date, button));
            } else {
                add(new Div(button));
            }
        }
    }

    private Div recordForm(HazardCase c) {
        Select<RewardRule> kind = new Select<>();
        kind.setLabel(getTranslation("rewards.kind"));
        kind.setId("reward-kind");
        kind.setItems(rewards.rules().kinds());
        kind.setItemLabelGenerator(rule -> rule.name().in(getLocale()));
        TextField decision = new TextField(getTranslation("rewards.decision"));
        decision.setId("reward-decision");
        decision.setMaxLength(Rewards.MAX_DECISION_NO);
        TextField fine = new TextField(getTranslation("rewards.fine"));
        fine.setId("reward-fine");
        DatePicker penaltyDate = new DatePicker(getTranslation("rewards.penaltyDate"));
        penaltyDate.setId("reward-penalty-date");
        Button record = new Button(getTranslation("rewards.record"), click -> attempt(() -> {
            rewards.record(actor, c.id(), new RewardClaim(kind.getValue() == null ? null : kind.getValue().kind(),
                    decision.getValue(), fine.getValue(), penaltyDate.getValue()));
            show(c);
        }));
        record.setId("reward-record");
        Div form = new Div(kind, decision, fine, penaltyDate, record);
        form.setId("reward-form");
        form.addClassName("reward-form");
        return form;
    }

    private void attempt(Runnable step) {
        try {
            step.run();
        } catch (LocalizedException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            error.setVisible(true);
        }
    }
}

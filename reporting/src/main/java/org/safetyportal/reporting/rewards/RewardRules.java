package org.safetyportal.reporting.rewards;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.seed.SeedTable;

/**
 * The reward rules, kept as data ({@value #RULES}): which kind of report, from which day, what
 * percentage of the fine and between which bounds. A rule that changes is a new row with a later
 * effective date; a penalty is rewarded by the rule in force on the day of the penalty decision.
 */
@Singleton
public class RewardRules {

    static final String RULES = "seed/reporting/reward-rules.tsv";

    private final List<RewardRule> rules;

    @Inject
    RewardRules() {
        this(SeedTable.read(RULES).rows().stream().map(RewardRules::rule).toList());
    }

    RewardRules(List<RewardRule> rules) {
        List<RewardRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(RewardRule::kind).thenComparing(RewardRule::effective));
        this.rules = List.copyOf(sorted);
    }

    private static RewardRule rule(Map<String, String> row) {
        return new RewardRule(row.get("kind"), LocalDate.parse(row.get("effective")), new BigDecimal(row.get("percentage")),
                Money.fenOf(new BigDecimal(row.get("minimum_yuan"))), Money.fenOf(new BigDecimal(row.get("maximum_yuan"))),
                new LocalizedName(row.get("name_zh"), row.get("name_en")), row.get("basis"));
    }

    /** The kinds of report a reward can be recorded for, in the file's order of first mention. */
    public List<RewardRule> kinds() {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<RewardRule> kinds = new ArrayList<>();
        for (RewardRule rule : rules) {
            if (seen.add(rule.kind())) {
                kinds.add(latest(rule.kind()));
            }
        }
        return kinds;
    }

    /** The rule of this kind in force on this day: the one with the latest effective date not after it. */
    public Optional<RewardRule> inForce(String kind, LocalDate day) {
        return rules.stream().filter(r -> r.kind().equals(kind) && !r.effective().isAfter(day))
                .max(Comparator.comparing(RewardRule::effective));
    }

    public boolean knows(String kind) {
        return rules.stream().anyMatch(r -> r.kind().equals(kind));
    }

    private RewardRule latest(String kind) {
        return rules.stream().filter(r -> r.kind().equals(kind)).max(Comparator.comparing(RewardRule::effective)).orElseThrow();
    }
}

package org.safetyportal.reporting.cases;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safetyportal.reporting.internal.ReportRepository;

/**
 * The case statuses, their groups and the allowed transitions, read from the tables the migration
 * fills: changing the workflow is changing data. Read once; a migration that changes them needs a restart.
 */
@Singleton
public class CaseWorkflow {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    private final Map<String, String> groups = new LinkedHashMap<>();
    private final List<CaseTransition> transitions;
    private final Map<String, List<String>> outcomes;

    CaseWorkflow(ReportRepository repository) {
        repository.statuses().forEach(row -> groups.put(row[0], row[1]));
        transitions = repository.transitions().stream().map(r -> new CaseTransition(r.action(), r.fromStatus(),
                r.toStatus(), CaseTransition.ActorKind.valueOf(r.actorKind()), r.needsReason(), r.needsDeadline(),
                r.needsOutcome(), r.fourEyes())).toList();
        outcomes = repository.outcomes().stream().collect(Collectors.groupingBy(row -> row[0], LinkedHashMap::new,
                Collectors.mapping(row -> row[1], Collectors.toList())));
    }

    /** Every status in order. */
    public List<String> statuses() {
        return List.copyOf(groups.keySet());
    }

    public boolean isOpen(String status) {
        return OPEN.equals(groups.get(status));
    }

    /** The transitions allowed from a status, in the table's order. */
    public List<CaseTransition> from(String status) {
        return transitions.stream().filter(t -> t.fromStatus().equals(status)).toList();
    }

    public Optional<CaseTransition> transition(String action, String fromStatus) {
        return transitions.stream().filter(t -> t.action().equals(action) && t.fromStatus().equals(fromStatus)).findFirst();
    }

    /** The outcomes an action that needs one may give: those of the status it leads to. */
    public List<String> outcomes(CaseTransition transition) {
        return outcomes.getOrDefault(transition.toStatus(), List.of());
    }

    public Set<String> actions() {
        return transitions.stream().map(CaseTransition::action).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}

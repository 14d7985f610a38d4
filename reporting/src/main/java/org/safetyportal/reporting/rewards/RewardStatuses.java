package org.safetyportal.reporting.rewards;

import io.micronaut.context.annotation.Context;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.safetyportal.content.seed.SeedTable;
import org.safetyportal.reporting.cases.CaseWorkflow;

/**
 * The case statuses in which a case may have led to an administrative penalty, so that a reward can be recorded (a
 * penalty follows an investigation), kept as data next to the reward rules ({@value #FILE}). Read and checked when the
 * portal starts (a {@link Context} bean): a status the case workflow does not know, an empty or a repeated one stops
 * the start with the file and the line named.
 */
@Context
public class RewardStatuses {

    static final String FILE = "seed/reporting/reward-statuses.tsv";

    private final Set<String> penalisable;

    @Inject
    RewardStatuses(CaseWorkflow workflow) {
        this(FILE, workflow.statuses());
    }

    RewardStatuses(String resource, Collection<String> known) {
        this.penalisable = read(SeedTable.read(resource), known);
    }

    /** Whether a case in this status may have led to a penalty. */
    public boolean penalisable(String status) {
        return penalisable.contains(status);
    }

    /** The statuses, in the file's order. */
    public Set<String> all() {
        return penalisable;
    }

    static Set<String> read(SeedTable table, Collection<String> known) {
        Set<String> statuses = new LinkedHashSet<>();
        for (SeedTable.Line line : table.lines()) {
            String status = line.cells().getOrDefault("status", "");
            String where = table.resource() + ":" + line.number();
            if (status.isEmpty()) {
                throw new IllegalStateException(where + ": no case status in the column \"status\"");
            }
            if (!known.contains(status)) {
                throw new IllegalStateException(where + ": \"" + status + "\" is not a case status; the case workflow knows "
                        + String.join(", ", known));
            }
            if (!statuses.add(status)) {
                throw new IllegalStateException(where + ": \"" + status + "\" is named twice");
            }
        }
        if (statuses.isEmpty()) {
            throw new IllegalStateException(table.resource() + ": names no case status, so no reward could ever be recorded");
        }
        return Set.copyOf(statuses);
    }
}

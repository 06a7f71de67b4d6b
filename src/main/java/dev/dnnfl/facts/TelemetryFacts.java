package dev.dnnfl.facts;

import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;

import java.util.List;

/**
 * The facts the rule packs see for each telemetry record, inserted by the live and offline
 * runners of {@code rules} as training goes.
 *
 * <p>Owned by the DeepDiagnosis/UMLAUT packs (see docs/rules-contract.md): until their fact types
 * exist, each record is its own fact.
 */
public final class TelemetryFacts {
    private TelemetryFacts() {
    }

    /** The facts of one sampled training iteration. */
    public static List<Object> from(IterationRecord iteration) {
        return List.of(iteration);
    }

    /** The facts of one layer snapshot. */
    public static List<Object> from(LayerSnapshot snapshot) {
        return List.of(snapshot);
    }

    /** The facts of one finished epoch. */
    public static List<Object> from(EpochRecord epoch) {
        return List.of(epoch);
    }
}

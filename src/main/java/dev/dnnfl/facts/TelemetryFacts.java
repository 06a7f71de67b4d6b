package dev.dnnfl.facts;

import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TensorStats;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts the rule packs see for each telemetry record, inserted by the live and offline
 * runners of {@code rules} as training goes: the single entry point from telemetry to facts.
 *
 * <p>Each record is converted on its own, without history: what depends on earlier epochs
 * (DeepDiagnosis' windows of unchanged values, UMLAUT's epoch-to-epoch changes) is derived by
 * the rule files themselves, where its window sizes are declared and can be edited.
 */
public final class TelemetryFacts {
    private TelemetryFacts() {
    }

    /** The facts of one sampled training iteration: one {@link IterationFact}. */
    public static List<Object> from(IterationRecord iteration) {
        return List.of(new IterationFact(iteration.iteration(), iteration.epoch(), iteration.loss(),
                iteration.accuracy()));
    }

    /**
     * The facts of one layer snapshot: one {@link TensorFact} per quantity it measures, in the
     * order of {@link Quantity}.
     */
    public static List<Object> from(LayerSnapshot snapshot) {
        List<Object> facts = new ArrayList<>(snapshot.stats().size());
        for (Quantity quantity : Quantity.values()) {
            TensorStats stats = snapshot.get(quantity);
            if (stats != null) facts.add(TensorFact.of(snapshot, quantity, stats));
        }
        return facts;
    }

    /** The facts of one finished epoch: one {@link EpochFact}. */
    public static List<Object> from(EpochRecord epoch) {
        return List.of(new EpochFact(epoch.epoch(), epoch.trainLoss(), epoch.trainAccuracy(),
                epoch.validationLoss(), epoch.validationAccuracy(), epoch.learningRate()));
    }
}

package dev.dnnfl.facts;

import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TensorStats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The telemetry of one training run turned into rule facts, record by record: the single entry
 * point through which live and offline runners feed telemetry to the rule packs.
 *
 * <p>One instance per run, fed the records in training order (iterations, layer snapshots, then
 * the epoch record, epoch after epoch), because the derived values ({@link EpochFact}'s changes
 * and unchanged counts, {@link TensorFact#unchangedEpochs()}) depend on the records before. Each
 * {@code from} returns the facts to insert, in order. Not thread-safe.
 */
public final class TelemetryFacts {
    private EpochRecord previousEpoch;
    private int lossUnchanged;
    private int accuracyUnchanged;
    private final Map<SeriesKey, Series> probeSeries = new HashMap<>();

    /** The converter for a new run. */
    public static TelemetryFacts forRun() {
        return new TelemetryFacts();
    }

    /** The fact of an epoch record: one {@link EpochFact}. */
    public List<Object> from(EpochRecord record) {
        // Only consecutive epochs are compared: a gap (or a restart) begins a new series.
        EpochRecord previous = previousEpoch != null && previousEpoch.epoch() == record.epoch() - 1
                ? previousEpoch : null;
        boolean sameLoss = previous != null && previous.trainLoss() == record.trainLoss();
        boolean sameAccuracy = previous != null && previous.trainAccuracy() == record.trainAccuracy();
        lossUnchanged = sameLoss ? lossUnchanged + 1 : 1;
        accuracyUnchanged = sameAccuracy ? accuracyUnchanged + 1 : 1;
        double lossChange = previous == null ? Double.NaN : record.trainLoss() - previous.trainLoss();
        double validationChange = previous == null ? Double.NaN
                : record.validationLoss() - previous.validationLoss();
        previousEpoch = record;
        return List.of(new EpochFact(record.epoch(), record.trainLoss(), record.trainAccuracy(),
                record.validationLoss(), record.validationAccuracy(), record.learningRate(),
                lossChange, validationChange, lossUnchanged, accuracyUnchanged));
    }

    /** The fact of a sampled iteration: one {@link IterationFact}. */
    public List<Object> from(IterationRecord record) {
        return List.of(new IterationFact(record.iteration(), record.epoch(), record.loss(), record.accuracy()));
    }

    /**
     * The facts of a layer snapshot: one {@link TensorFact} per quantity it measures, in the
     * order of {@link Quantity}.
     */
    public List<Object> from(LayerSnapshot snapshot) {
        List<Object> facts = new ArrayList<>();
        for (Quantity quantity : Quantity.values()) {
            TensorStats stats = snapshot.get(quantity);
            if (stats == null) continue;
            int unchanged = 1;
            if (snapshot.probe()) {
                Series series = probeSeries.computeIfAbsent(new SeriesKey(snapshot.layer(), quantity), k -> new Series());
                unchanged = series.next(snapshot.epoch(), stats.mean());
            }
            facts.add(tensor(snapshot, quantity, stats, unchanged));
        }
        return facts;
    }

    private static TensorFact tensor(LayerSnapshot snapshot, Quantity quantity, TensorStats s, int unchanged) {
        double rms = s.count() > 0 ? s.l2Norm() / Math.sqrt(s.count()) : Double.NaN;
        boolean finite = s.fractionNonFinite() == 0.0 && Double.isFinite(s.mean());
        return new TensorFact(snapshot.layer(), snapshot.epoch(), snapshot.iteration(), snapshot.probe(),
                quantity, s.mean(), s.std(), s.min(), s.max(), s.l2Norm(), s.fractionZero(),
                s.fractionNonFinite(), s.fractionSaturated(), s.count(), s.std() * s.std(), rms,
                finite, unchanged);
    }

    private record SeriesKey(int layer, Quantity quantity) {
    }

    /** The epoch-end means of one probe series seen so far: only the last one matters. */
    private static final class Series {
        private int lastEpoch = -1;
        private double lastMean = Double.NaN;
        private int unchanged;

        int next(int epoch, double mean) {
            // Only consecutive epoch ends extend a run: a missing epoch breaks the window.
            boolean same = lastEpoch >= 0 && epoch == lastEpoch + 1 && mean == lastMean;
            unchanged = same ? unchanged + 1 : 1;
            lastEpoch = epoch;
            lastMean = mean;
            return unchanged;
        }
    }
}

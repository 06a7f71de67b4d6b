package dev.dnnfl.rules;

import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.UserError;
import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Telemetry;
import dev.dnnfl.telemetry.TelemetrySink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Stored training runs replayed into the rule packs (offline mode): each run's records reach the
 * sink in the order a live run produced them — per epoch, each sampled iteration followed by its
 * layer snapshots, then the epoch-end probe snapshots, then the epoch record — and the replay
 * ends where a sink asks to stop, as the live run would have.
 */
public final class TelemetryReplay implements TrainingRunner {
    private final Map<Long, Telemetry> runsBySeed;

    /** The stored runs, found by the seed each was trained with. */
    public TelemetryReplay(List<Telemetry> runs) {
        Map<Long, Telemetry> bySeed = new LinkedHashMap<>();
        for (Telemetry t : runs) {
            if (bySeed.put(t.run().seed(), t) != null) {
                throw new UserError("two stored runs were trained with seed " + t.run().seed()
                        + " (give each seed once)");
            }
        }
        this.runsBySeed = bySeed;
    }

    /** The seeds of the stored runs, in the order given. */
    public List<Long> seeds() {
        return List.copyOf(runsBySeed.keySet());
    }

    @Override
    public void train(Subject subject, long seed, TelemetrySink sink) {
        Telemetry t = runsBySeed.get(seed);
        if (t == null) throw new IllegalArgumentException("no stored run has seed " + seed);
        if (!t.run().subjectId().equals(subject.id())) {
            throw new UserError("stored run of seed " + seed + " is of subject '" + t.run().subjectId()
                    + "', not '" + subject.id() + "' (give the telemetry of the subject diagnosed)");
        }
        replay(t, sink);
    }

    /** Feeds one stored run to a sink in live order, stopping early when it asks. */
    public static void replay(Telemetry telemetry, TelemetrySink sink) {
        sink.onStart(telemetry.run());
        TreeSet<Integer> epochs = new TreeSet<>();
        telemetry.iterations().forEach(i -> epochs.add(i.epoch()));
        telemetry.snapshots().forEach(s -> epochs.add(s.epoch()));
        telemetry.epochs().forEach(e -> epochs.add(e.epoch()));
        for (int e : epochs) {
            List<Object> order = new ArrayList<>();
            telemetry.iterations().stream().filter(i -> i.epoch() == e).forEach(order::add);
            telemetry.snapshots().stream().filter(s -> s.epoch() == e && !s.probe()).forEach(order::add);
            // a sampled iteration comes before the snapshots taken at it
            order.sort(Comparator.comparingLong(TelemetryReplay::iterationOf)
                    .thenComparingInt(o -> o instanceof IterationRecord ? 0 : 1));
            for (Object o : order) {
                if (o instanceof IterationRecord i) sink.onIteration(i);
                else sink.onLayerSnapshot((LayerSnapshot) o);
                if (sink.stopRequest().isPresent()) return;
            }
            for (LayerSnapshot s : telemetry.snapshots()) {
                if (s.epoch() == e && s.probe()) {
                    sink.onLayerSnapshot(s);
                    if (sink.stopRequest().isPresent()) return;
                }
            }
            for (EpochRecord r : telemetry.epochs()) {
                if (r.epoch() == e) {
                    sink.onEpoch(r);
                    if (sink.stopRequest().isPresent()) return;
                }
            }
        }
        telemetry.outcome().ifPresent(sink::onEnd);
    }

    private static long iterationOf(Object o) {
        return o instanceof IterationRecord i ? i.iteration() : ((LayerSnapshot) o).iteration();
    }
}

package dev.dnnfl.rules;

import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.RunInfo;
import dev.dnnfl.telemetry.Telemetry;
import dev.dnnfl.telemetry.TelemetrySink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TelemetryReplayOrderTest {
    /** A sink that writes down what it receives and asks to stop at a given record. */
    private static final class Log implements TelemetrySink {
        final List<String> seen = new ArrayList<>();
        final String stopAt;

        Log(String stopAt) {
            this.stopAt = stopAt;
        }

        @Override
        public void onIteration(IterationRecord i) {
            seen.add("it" + i.iteration());
        }

        @Override
        public void onLayerSnapshot(LayerSnapshot s) {
            seen.add((s.probe() ? "probe" : "snap") + s.layer() + "@" + s.iteration());
        }

        @Override
        public void onEpoch(EpochRecord e) {
            seen.add("epoch" + e.epoch());
        }

        @Override
        public Optional<String> stopRequest() {
            return seen.contains(stopAt) ? Optional.of("seen " + stopAt) : Optional.empty();
        }
    }

    private static Telemetry twoEpochs() {
        // stored out of order on purpose: the replay restores the live order
        List<IterationRecord> its = List.of(new IterationRecord(10, 1, 1.0, 0.5), new IterationRecord(0, 0, 2.0, 0.1),
                new IterationRecord(5, 0, 1.5, 0.3));
        List<LayerSnapshot> snaps = List.of(new LayerSnapshot(0, 0, 5, false, Map.of()),
                new LayerSnapshot(0, 1, 10, false, Map.of()), new LayerSnapshot(0, 0, 9, true, Map.of()),
                new LayerSnapshot(1, 0, 5, false, Map.of()));
        List<EpochRecord> epochs = List.of(new EpochRecord(1, 1, 0.5, 1, 0.5, 0.01, 10),
                new EpochRecord(0, 2, 0.2, 2, 0.2, 0.01, 10));
        RunInfo run = new RunInfo("s", "0".repeat(64), 3, 5, 8, List.of("dense", "dense_1"), List.of("dense", "dense"));
        return new Telemetry(run, its, snaps, epochs, Optional.empty());
    }

    @Test
    void aStoredRunReplaysInLiveOrder() {
        Log log = new Log("never");
        TelemetryReplay.replay(twoEpochs(), log);
        assertEquals(List.of("it0", "it5", "snap0@5", "snap1@5", "probe0@9", "epoch0", "it10", "snap0@10", "epoch1"),
                log.seen);
    }

    @Test
    void theReplayEndsWhereTheSinkAsksToStop() {
        Log log = new Log("epoch0");
        TelemetryReplay.replay(twoEpochs(), log);
        assertEquals("epoch0", log.seen.get(log.seen.size() - 1));
    }
}

package dev.dnnfl.telemetry;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.spec.Initializer;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.UserError;
import dev.dnnfl.train.StopReason;
import dev.dnnfl.train.Trainer;
import dev.dnnfl.train.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.dnnfl.train.TestSubjects.*;
import static org.junit.jupiter.api.Assertions.*;

class TelemetryRecorderTest {
    private static final Dataset BLOBS = blobs(300, 4, 3, 1);

    private static Subject mlp() {
        return classifier(training("adam", 0.01, "categorical_crossentropy", 32, 2),
                dense(16, "relu"), dropout(0.25), dense(3, "softmax"));
    }

    private static Telemetry record(Subject subject, Dataset data, long seed, TelemetrySink... sinks) {
        TelemetryRecorder recorder = new TelemetryRecorder(3, List.of(sinks));
        Trainer.train(subject, data, seed, List.of(recorder));
        return recorder.telemetry();
    }

    @Test
    void aHugeLearningRateIsRecordedAsDivergedAndStopsCleanly() {
        Subject subject = subject("regression", training("sgd", 1e4, "mean_squared_error", 16, 3),
                dense(8, "relu"), dense(1, "linear"));
        Telemetry t = record(subject, regression(200, 3), 1);
        TrainingResult outcome = t.outcome().orElseThrow();
        assertEquals(StopReason.DIVERGED, outcome.stopReason());
        IterationRecord last = t.iterations().get(t.iterations().size() - 1);
        assertFalse(Double.isFinite(last.loss()), "last recorded loss " + last.loss());
        assertEquals(outcome.iterations() - 1, last.iteration());
        assertEquals(1, t.epochs().size(), "the cut-short epoch is recorded");
        assertFalse(Double.isFinite(t.epochs().get(0).trainLoss()));
    }

    @Test
    void aDeadReluLayerShowsOnlyZeroActivationsOnTheProbeBatch() {
        Subject subject = classifier(training("adam", 0.001, "categorical_crossentropy", 32, 1),
                dense(16, "relu").biasInit(new Initializer("constant", Map.of("value", -10.0))), dense(3, "softmax"));
        Telemetry t = record(subject, BLOBS, 1);
        TensorStats dead = t.probes(0).get(0).get(Quantity.ACTIVATIONS);
        assertEquals(1.0, dead.fractionZero());
        assertEquals(0.0, t.probes(0).get(0).get(Quantity.WEIGHT_GRADIENTS).l2Norm());
        TensorStats healthy = record(mlp(), BLOBS, 1).probes(0).get(0).get(Quantity.ACTIVATIONS);
        assertTrue(healthy.fractionZero() < 0.9, "healthy relu zero fraction " + healthy.fractionZero());
    }

    @Test
    void theSameSeedGivesIdenticalTelemetryAndAnotherSeedDoesNot() {
        Telemetry a = record(mlp(), BLOBS, 11);
        Telemetry b = record(mlp(), BLOBS, 11);
        Telemetry c = record(mlp(), BLOBS, 12);
        assertEquals(a.iterations(), b.iterations());
        assertEquals(a.snapshots(), b.snapshots());
        assertEquals(withoutTime(a.epochs()), withoutTime(b.epochs()));
        assertNotEquals(a.iterations(), c.iterations());
    }

    @Test
    void recordingTelemetryDoesNotChangeTraining() {
        TrainingResult plain = Trainer.train(mlp(), BLOBS, 5);
        TelemetryRecorder recorder = new TelemetryRecorder(1, List.of());
        TrainingResult recorded = Trainer.train(mlp(), BLOBS, 5, List.of(recorder));
        assertEquals(plain.epochs().stream().map(e -> e.trainLoss()).toList(),
                recorded.epochs().stream().map(e -> e.trainLoss()).toList());
        assertEquals(plain.testLoss(), recorded.testLoss());
    }

    @Test
    void aSinkStopRequestStopsTrainingAfterTheEpoch() {
        List<EpochRecord> seen = new ArrayList<>();
        TelemetrySink stopper = new TelemetrySink() {
            @Override
            public void onEpoch(EpochRecord epoch) {
                seen.add(epoch);
            }

            @Override
            public Optional<String> stopRequest() {
                return seen.isEmpty() ? Optional.empty() : Optional.of("rule X fired");
            }
        };
        Subject subject = classifier(training("adam", 0.01, "categorical_crossentropy", 32, 5),
                dense(8, "relu"), dense(3, "softmax"));
        Telemetry t = record(subject, BLOBS, 1, stopper);
        TrainingResult outcome = t.outcome().orElseThrow();
        assertEquals(StopReason.STOPPED, outcome.stopReason());
        assertEquals("rule X fired", outcome.stopMessage());
        assertEquals(1, outcome.epochsRun());
    }

    @Test
    void sampledIterationsCarryGradientsUpdatesAndActivationsByKerasIndex() {
        Telemetry t = record(mlp(), BLOBS, 1);
        // 210 training samples / 32 = 7 batches per epoch, 2 epochs, every 3rd iteration sampled
        assertEquals(List.of(0L, 3L, 6L, 9L, 12L), t.iterations().stream().map(IterationRecord::iteration).toList());
        LayerSnapshot first = t.snapshots().stream().filter(s -> !s.probe() && s.layer() == 0).findFirst().orElseThrow();
        // layer 0 feeds the dropout, which DL4J applies in place: its training activations are left out
        assertEquals(java.util.Set.of(Quantity.WEIGHTS, Quantity.BIASES, Quantity.WEIGHT_GRADIENTS,
                Quantity.BIAS_GRADIENTS, Quantity.UPDATES), first.stats().keySet());
        LayerSnapshot output = t.snapshots().stream().filter(s -> !s.probe() && s.layer() == 2).findFirst().orElseThrow();
        assertEquals(32L * 3, output.get(Quantity.ACTIVATIONS).count());
        assertTrue(first.get(Quantity.UPDATES).l2Norm() > 0);
        assertEquals(4 * 16, first.get(Quantity.WEIGHTS).count());
        LayerSnapshot dropout = t.probes(1).get(0);
        assertNull(dropout.get(Quantity.WEIGHTS));
        assertEquals(t.probes(0).get(0).get(Quantity.ACTIVATIONS), dropout.get(Quantity.ACTIVATIONS),
                "in inference mode dropout passes its input through");
        assertEquals(2, t.probes(2).size());
    }

    @Test
    void flattenGetsItsOwnKerasIndexInACnn() {
        Subject cnn = classifier(training("adam", 0.01, "categorical_crossentropy", 16, 1),
                conv(4, 3, "relu"), maxPool(2), flatten(), dense(4, "softmax"));
        Telemetry t = record(cnn, images(64, 8, 1, 2), 1);
        assertEquals(4, t.snapshots().stream().filter(LayerSnapshot::probe).count());
        TensorStats pooled = t.probes(1).get(0).get(Quantity.ACTIVATIONS);
        TensorStats flat = t.probes(2).get(0).get(Quantity.ACTIVATIONS);
        assertEquals(pooled, flat);
        assertEquals(16L * 3 * 3 * 4, flat.count());
        assertEquals(3L * 3 * 1 * 4, t.probes(0).get(0).get(Quantity.WEIGHTS).count());
    }

    @Test
    void dropoutRateIsTheFractionDroppedInTrainingAndNothingIsDroppedInInference() {
        Subject subject = classifier(training("sgd", 0.0, "categorical_crossentropy", 64, 1),
                dense(64, "sigmoid"), dropout(0.8), dense(3, "softmax"));
        TelemetryRecorder recorder = new TelemetryRecorder(1, List.of());
        Trainer.train(subject, BLOBS, 1, List.of(recorder));
        Telemetry t = recorder.telemetry();
        TensorStats before = t.probes(0).get(0).get(Quantity.ACTIVATIONS);
        LayerSnapshot dropped = t.snapshots().stream().filter(s -> !s.probe() && s.layer() == 1).findFirst().orElseThrow();
        assertEquals(0.0, before.fractionZero());
        assertEquals(0.8, dropped.get(Quantity.ACTIVATIONS).fractionZero(), 0.04);
        // inverted dropout: survivors are scaled by 1 / (1 - rate), so the mean is kept
        assertEquals(before.mean(), dropped.get(Quantity.ACTIVATIONS).mean(), 0.15 * before.mean());
        assertEquals(t.probes(0).get(0).get(Quantity.ACTIVATIONS), t.probes(1).get(0).get(Quantity.ACTIVATIONS));
    }

    @Test
    void saturatedSigmoidOutputsAreCounted() {
        Subject subject = classifier(training("sgd", 0.0, "categorical_crossentropy", 32, 1),
                dense(8, "sigmoid").kernelInit(new Initializer("random_normal", Map.of("mean", 0.0, "stddev", 20.0))),
                dense(3, "softmax"));
        TensorStats s = record(subject, BLOBS, 1).probes(0).get(0).get(Quantity.ACTIVATIONS);
        assertTrue(s.fractionSaturated() > 0.5, "saturated fraction " + s.fractionSaturated());
        TensorStats relu = record(mlp(), BLOBS, 1).probes(0).get(0).get(Quantity.ACTIVATIONS);
        assertEquals(0.0, relu.fractionSaturated());
    }

    @Test
    void aRunFolderReadsBackAsRecorded(@TempDir Path dir) throws Exception {
        Subject subject = subject("regression", training("adam", 0.01, "mean_squared_error", 16, 2),
                dense(8, "tanh"), dense(1, "linear"));
        TelemetryRecorder recorder;
        try (RunFolderWriter writer = RunFolderWriter.open(dir.resolve("run"))) {
            recorder = new TelemetryRecorder(2, List.of(writer));
            Trainer.train(subject, regression(100, 4), 3, List.of(recorder));
        }
        Telemetry live = recorder.telemetry();
        Telemetry read = Telemetry.read(dir.resolve("run"));
        assertEquals(live, read);
        assertTrue(Double.isNaN(read.iterations().get(0).accuracy()), "regression accuracy stays NaN");
        assertTrue(Files.readString(dir.resolve("run/epochs.jsonl")).lines().count() == 2);
    }

    @Test
    void aBrokenLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Telemetry t = record(mlp(), BLOBS, 1);
        t.write(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("layers.jsonl")));
        lines.set(1, "{\"layer\": \"x\"");
        Files.write(dir.resolve("layers.jsonl"), lines);
        UserError e = assertThrows(UserError.class, () -> Telemetry.read(dir));
        assertTrue(e.getMessage().contains("layers.jsonl:2"), e.getMessage());
    }

    @Test
    void aTrainingThatFailsOverAnEarlierRunLeavesAFolderThatIsRefusedAsUnfinished(@TempDir Path dir) {
        Telemetry earlier = record(mlp(), BLOBS, 1);
        earlier.write(dir);
        assertEquals(earlier, Telemetry.read(dir));
        assertThrows(IllegalStateException.class, () -> {
            try (RunFolderWriter w = RunFolderWriter.open(dir)) {
                w.onStart(earlier.run());
                w.onIteration(earlier.iterations().get(0));
                throw new IllegalStateException("training failed");
            }
        });
        UserError e = assertThrows(UserError.class, () -> Telemetry.read(dir));
        assertTrue(e.getMessage().startsWith(dir + ": the run did not finish"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("outcome.json")), "the earlier outcome is gone with its run");
        assertFalse(Files.exists(dir.resolve("epochs.jsonl")));
    }

    @Test
    void readingAFileSaysItIsNotAFolder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("run.json"), "{}");
        UserError e = assertThrows(UserError.class, () -> Telemetry.read(file));
        assertEquals(file + ": is a file, not a folder (expected a run folder)", e.getMessage());
    }

    private static List<EpochRecord> withoutTime(List<EpochRecord> epochs) {
        return epochs.stream().map(e -> new EpochRecord(e.epoch(), e.trainLoss(), e.trainAccuracy(), e.validationLoss(),
                e.validationAccuracy(), e.learningRate(), 0)).toList();
    }
}

package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.spec.SubjectReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Dl4jRunTrainerTest {
    static JsonNode tiny(String lr) {
        return SubjectReader.parse("""
                {"id": "tiny", "task": "classification",
                 "dataset": {"source": "synthetic:blobs", "train": 120, "test": 30, "validation": 0.2, "seed": 3},
                 "layers": [{"type": "dense", "units": 8, "activation": "relu"},
                            {"type": "dense", "units": 3, "activation": "softmax"}],
                 "training": {"optimizer": "adam", "learning_rate": %s, "loss": "categorical_crossentropy",
                              "batch_size": 16, "epochs": 4}}""".formatted(lr), "tiny", Path.of(".")).json();
    }

    @Test
    void realTrainingsGiveOneCheckPerEpochAndTheSameTraceForTheSameSeed() {
        DeepFdRuns runs = new DeepFdRuns(new Dl4jRunTrainer(Path.of(".")), IndicatorLimits.deepFd(), 2);
        List<RunOutcome> out = runs.run(List.of(new RunJob("tiny", "origin", 0, 5, tiny("0.01")),
                new RunJob("tiny", "origin", 1, 5, tiny("0.01"))), o -> { });
        assertTrue(out.get(0).completed(), String.valueOf(out.get(0).failure()));
        RunTrace t = out.get(0).trace();
        assertEquals(4, t.checks().size());
        assertEquals(3, t.lastEpoch().epoch());
        assertTrue(t.checks().get(3).get(CheckSeries.LOSS) > 0);
        assertTrue(t.checks().get(3).get(CheckSeries.ACC) > 0);
        assertTrue(t.activations().containsKey(0), "probe activations of layer 0");
        FeatureSchema schema = FeatureSchema.read(Path.of(FeatureSchema.DEFAULT_FILE));
        // Seeded training: both runs (same seed, two threads) give the same features.
        assertEquals(java.util.Arrays.toString(schema.extract(t)), java.util.Arrays.toString(schema.extract(out.get(1).trace())));
    }

    @Test
    void aDivergingLearningRateIsSeenAsNaNLoss() {
        DeepFdRuns runs = new DeepFdRuns(new Dl4jRunTrainer(Path.of(".")), IndicatorLimits.deepFd(), 1);
        RunOutcome o = runs.runOne(new RunJob("tiny", "lr_1e9", 0, 5, tiny("1e9")));
        assertTrue(o.completed(), String.valueOf(o.failure()));
        assertTrue(o.trace().checks().stream().anyMatch(c -> c.get(CheckSeries.NAN_LOSS) > 0
                || c.get(CheckSeries.NAN_WEIGHT) > 0 || c.get(CheckSeries.LARGE_WEIGHT) > 0), o.trace().checks().toString());
    }
}

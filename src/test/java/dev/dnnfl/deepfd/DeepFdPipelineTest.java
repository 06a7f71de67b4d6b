package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeepFdPipelineTest {
    static JsonNode subject(String id, String extra) throws Exception {
        return new ObjectMapper().readTree("""
                {"id": "%s", "task": "classification",
                 "layers": [{"type": "dense", "units": 8, "activation": "relu"},
                            {"type": "dense", "units": 3, "activation": "softmax"}],
                 "training": {"optimizer": "adam", "learning_rate": %s, "loss": "categorical_crossentropy",
                              "batch_size": 32, "epochs": 6}, "ground_truth": []}""".formatted(id, extra));
    }

    @Test
    void trainingOnMutantsOfCorrectSubjectsLabelsFaultyRunsAndResumesWithoutRetraining(@TempDir Path work) throws Exception {
        FeatureSchema schema = FeatureSchema.read(Path.of(FeatureSchema.DEFAULT_FILE));
        List<JsonNode> subjects = List.of(subject("a", "0.001"), subject("b", "0.01"));
        TrainingPlan plan = new TrainingPlan(10, 4, 4, 100, 3);
        DeepFdRuns runs = new DeepFdRuns(new FakeTrainer(), IndicatorLimits.deepFd(), 2);

        TrainingReport first = new DeepFdTraining(runs, schema, RunStore.open(work), RunProgress.none())
                .train(subjects, plan, Map.of());
        assertTrue(first.faultyMutants() > 0);
        assertTrue(first.table().rows().stream().anyMatch(r -> r.labels().contains(DeepFdLabel.LR)));
        assertTrue(first.table().rows().stream().anyMatch(r -> r.seededFaults() >= 2), "multi-fault rows");
        assertEquals(0, first.runsReused());
        // Each variant trained 4 times; the originals carry no labels.
        assertTrue(first.table().rows().stream().filter(r -> r.variant().equals("origin")).allMatch(r -> r.labels().isEmpty()));

        TrainingReport second = new DeepFdTraining(runs, schema, RunStore.open(work), RunProgress.none())
                .train(subjects, plan, Map.of());
        assertEquals(0, second.runsTrained());
        assertEquals(first.runsTrained(), second.runsReused());
        assertEquals(first.table().rows().size(), second.table().rows().size());
        assertEquals(first.classifiers().metadata().trainingSetSha256(), second.classifiers().metadata().trainingSetSha256());

        DeepFdDiagnosis d = new DeepFdDiagnoser(runs, schema, first.classifiers())
                .diagnose(subject("faulty", "5.0"), 9, 1, RunProgress.none());
        assertEquals(9, d.runsCompleted());
        assertNotNull(d.conclusion());
        assertTrue(d.localisation().toString().contains("HLR"), d.localisation().toString());
    }
}

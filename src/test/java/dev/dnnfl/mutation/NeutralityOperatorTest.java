package dev.dnnfl.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.Patch;
import dev.dnnfl.spec.PatchFaults;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The study's Table 2 operators on a three-layer MLP (dense 16 relu, dense 16 relu, dense 2 softmax). */
class NeutralityOperatorTest {
    private static final String MLP = """
            {"id": "mlp", "task": "classification",
             "dataset": {"source": "synthetic:circles", "train": 100, "test": 20},
             "layers": [{"type": "dense", "units": 16, "activation": "relu"},
                        {"type": "dense", "units": 16, "activation": "relu"},
                        {"type": "dense", "units": 2, "activation": "softmax"}],
             "training": {"optimizer": "adam", "learning_rate": 0.001, "loss": "categorical_crossentropy",
                          "batch_size": 32, "epochs": 10}}
            """;

    private static final Subject SUBJECT = SubjectReader.parse(MLP, "mlp.json", Path.of("."));

    private static JsonNode program() {
        return Patch.program(SUBJECT.json());
    }

    @Test
    void everyOperatorChangesExactlyOneHyperparameterAndGivesAValidSubject() {
        List<Mutation> all = NeutralityOperator.allNeighbours(program());
        for (Mutation m : all) {
            Subject mutant = Patch.of(m.patch(), m.name()).apply(SUBJECT);
            FaultList faults = PatchFaults.of(SUBJECT.json(), m.patch(), m.name());
            assertEquals(1, faults.groups().size(), m.name() + " -> " + faults);
            assertTrue(mutant.layers().size() >= 2);
        }
    }

    @Test
    void neighbourCountsFollowTable2() {
        Map<String, Long> counts = NeutralityOperator.allNeighbours(program()).stream()
                .collect(Collectors.groupingBy(Mutation::operator, Collectors.counting()));
        assertEquals(3 * 10L, counts.get("activation"));           // 3 layers x 10 other activations
        assertEquals(3 * 9L, counts.get("kernel_initializer"));    // 3 weighted layers x 9 other initialisers
        assertEquals(3 * 9L, counts.get("bias_initializer"));
        assertEquals(6L, counts.get("optimizer"));
        assertEquals(2L, counts.get("learning_rate"));
        assertEquals(2L, counts.get("epochs"));
        assertEquals(5L, counts.get("batch_size"));
        assertEquals(4L, counts.get("layer"));                     // 2 hidden layers x (delete, duplicate)
        assertEquals(4L, counts.get("units"));                     // 2 hidden dense layers x (x2, /2)
    }

    @Test
    void learningRateStepsAreExactDecimals() {
        List<Mutation> lr = NeutralityOperator.LEARNING_RATE.neighbours(program());
        assertEquals(0.01, lr.get(0).value().asDouble());
        assertEquals(0.0001, lr.get(1).value().asDouble());
    }

    @Test
    void layerOperatorsNeverTouchTheOutputLayerAndMapToLadAndLrm() {
        List<Mutation> layer = NeutralityOperator.LAYER.neighbours(program());
        assertTrue(layer.stream().noneMatch(m -> m.name().startsWith("layer2")));
        Mutation delete = layer.get(0);
        assertEquals("LAD(0)", PatchFaults.of(SUBJECT.json(), delete.patch(), "t").toString());
        Mutation duplicate = layer.get(1);
        assertEquals("LRM(1)", PatchFaults.of(SUBJECT.json(), duplicate.patch(), "t").toString());
    }
}

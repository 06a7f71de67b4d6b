package dev.dnnfl.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.dnnfl.spec.TestSubjects.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchFaultsTest {
    private static final Subject CNN = read(TestSubjects.CNN);   // conv2d, max_pooling2d, flatten, dense

    private static String faults(String patch) {
        return PatchFaults.of(CNN, Patch.parse(patch, "p")).toString();
    }

    private static String replace(String path, String value) {
        return faults("[{\"op\": \"replace\", \"path\": \"" + path + "\", \"value\": " + value + "}]");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "/training/learning_rate; 0.1; HLR",
            "/training/optimizer; \"adam\"; OCH",
            "/training/loss; \"mse\"; LCH",
            "/training/epochs; 5; HNE",
            "/training/batch_size; 64; HBS",
            "/layers/3/activation; \"sigmoid\"; ACH(3)",
            "/layers/0/kernel_initializer; \"zeros\"; WCI(0)",
            "/layers/0/bias_initializer; \"ones\"; BCI(0)",
            "/layers/3/use_bias; false; BCI(3)",
            "/layers/3/units; 20; LCN(3)",
            "/layers/0/filters; 8; LCN(0)",
            "/layers/0/kernel; [5, 5]; LCF(0)",
            "/layers/0/kernel/0; 5; LCF(0)",
            "/layers/0/strides; [2, 2]; LCF(0)",
            "/layers/0/padding; \"same\"; LCF(0)",
            "/layers/1/pool; [3, 3]; LCF(1)",
            "/dataset/train; 10; CPP",
            "/dataset/preprocessing; []; CPP",
            "/id; \"other\"; -",
    })
    void eachPathOfTheTableMapsToItsFault(String path, String value, String expected) {
        assertEquals(expected, replace(path, value));
    }

    @Test
    void aRegularizerAndADropoutRateAreRedundantWeightRegularisation() {
        assertEquals("RAW(3)", faults("[{\"op\": \"add\", \"path\": \"/layers/3/kernel_regularizer\", \"value\": {\"l2\": 0.01}}]"));
        Subject mlp = read(TestSubjects.MLP);
        assertEquals("RAW(1)", PatchFaults.of(mlp, Patch.parse(
                "[{\"op\": \"replace\", \"path\": \"/layers/1/rate\", \"value\": 0.5}]", "p")).toString());
    }

    @Test
    void anOptimizerParameterIsAnOptimizerFault() {
        assertEquals("OCH", faults("[{\"op\": \"add\", \"path\": \"/training/momentum\", \"value\": 0.9}]"));
    }

    @Test
    void addingALayerFixesAMissingLayerAtItsIndex() {
        assertEquals("LRM(2)", faults("[{\"op\": \"add\", \"path\": \"/layers/2\", \"value\": {\"type\": \"dropout\", \"rate\": 0.5}}]"));
        assertEquals("LRM(4)", faults("[{\"op\": \"add\", \"path\": \"/layers/-\", \"value\": {\"type\": \"activation\", \"activation\": \"softmax\"}}]"));
    }

    @Test
    void removingALayerFixesARedundantLayer() {
        assertEquals("LAD(1)", faults("[{\"op\": \"remove\", \"path\": \"/layers/1\"}]"));
    }

    @Test
    void faultsOfOneTypeAreGroupedOverTheirLayers() {
        assertEquals("ACH(0,3), HLR", faults("""
                [{"op": "replace", "path": "/layers/3/activation", "value": "softmax"},
                 {"op": "replace", "path": "/training/learning_rate", "value": 0.1},
                 {"op": "replace", "path": "/layers/0/activation", "value": "tanh"},
                 {"op": "replace", "path": "/training/learning_rate", "value": 0.2}]"""));
    }

    @Test
    void laterIndicesAreReadInTheOriginalNumberingAfterARemoval() {
        // After removing layer 1, the old layer 3 (dense) is at index 2 of the patched list.
        assertEquals("LAD(1), ACH(3)", faults("""
                [{"op": "remove", "path": "/layers/1"},
                 {"op": "replace", "path": "/layers/2/activation", "value": "sigmoid"}]"""));
    }

    @Test
    void laterIndicesAreReadInTheOriginalNumberingAfterAnInsertion() {
        assertEquals("LRM(1), LCN(3)", faults("""
                [{"op": "add", "path": "/layers/1", "value": {"type": "conv2d", "filters": 4, "kernel": 3}},
                 {"op": "replace", "path": "/layers/1/filters", "value": 8},
                 {"op": "replace", "path": "/layers/4/units", "value": 12}]"""));
    }

    @Test
    void replacingAWholeLayerIsReadFieldByField() {
        assertEquals("LCN(3), ACH(3)", faults("""
                [{"op": "replace", "path": "/layers/3", "value": {"type": "dense", "units": 12, "activation": "sigmoid"}}]"""));
    }

    @Test
    void aLayerReplacedByAnotherTypeIsRedundantAndMissingAtOnce() {
        assertEquals("LAD(2), LRM(2)", faults("""
                [{"op": "replace", "path": "/layers/2", "value": {"type": "dropout", "rate": 0.1}}]"""));
        assertEquals("LAD(1), LRM(1)", faults("""
                [{"op": "replace", "path": "/layers/1/type", "value": "average_pooling2d"},
                 {"op": "replace", "path": "/layers/1/pool", "value": [3, 3]}]"""));
    }

    @Test
    void replacingTheTrainingSectionIsReadFieldByField() {
        assertEquals("OCH, HLR", faults("""
                [{"op": "replace", "path": "/training", "value": {"optimizer": "adam", "learning_rate": 0.001,
                  "loss": "categorical_crossentropy", "batch_size": 32, "epochs": 1}}]"""));
    }

    @Test
    void theDiffOfTwoSubjectsMapsToTheirDifferences() {
        Subject mlp = read(TestSubjects.MLP);
        var changed = TestSubjects.json(TestSubjects.MLP);
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get("layers").get(2)).put("activation", "linear");
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get("training")).put("epochs", 30);
        assertEquals("ACH(2), HNE", PatchFaults.of(mlp, Patch.diff(mlp, read(changed))).toString());
    }

    @Test
    void theExampleFixMapsToItsGroundTruth() {
        Subject example = SubjectReader.read(java.nio.file.Path.of("benchmark/subjects/example.json"));
        assertEquals(example.groundTruth().orElseThrow().toString(), PatchFaults.of(example, Patch.fixOf(example)).toString());
    }

    @Test
    void changingTheGroundTruthOrTheDescriptionIsNoFault() {
        assertEquals("HLR", faults("""
                [{"op": "add", "path": "/ground_truth", "value": ["HLR"]},
                 {"op": "add", "path": "/description", "value": "mutant"},
                 {"op": "replace", "path": "/training/learning_rate", "value": 1.0}]"""));
    }

    @Test
    void aTestOperationIsNoFault() {
        assertEquals("-", faults("[{\"op\": \"test\", \"path\": \"/training/loss\", \"value\": \"categorical_crossentropy\"}]"));
    }

    @Test
    void aPathNoFaultTypeCoversIsAUserError() {
        UserError e = assertThrows(UserError.class, () -> replace("/task", "\"regression\""));
        assertTrue(e.getMessage().startsWith("cnn: patch operation 0 (replace /task): path /task is not a fault"), e.getMessage());
    }

    @Test
    void anOutOfRangeLayerIsAUserError() {
        UserError e = assertThrows(UserError.class, () -> replace("/layers/7/activation", "\"relu\""));
        assertTrue(e.getMessage().contains("layer index '7' is out of range"), e.getMessage());
    }
}

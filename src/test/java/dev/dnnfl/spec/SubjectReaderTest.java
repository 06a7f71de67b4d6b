package dev.dnnfl.spec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.dnnfl.spec.TestSubjects.json;
import static dev.dnnfl.spec.TestSubjects.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubjectReaderTest {

    private static List<String> problems(ObjectNode subject) {
        UserError e = assertThrows(UserError.class, () -> read(subject));
        return e.getMessage().lines().toList();
    }

    private static String onlyProblem(ObjectNode subject) {
        List<String> p = problems(subject);
        assertEquals(1, p.size(), () -> "expected one problem, found " + p);
        return p.get(0);
    }

    private static ObjectNode layer(ObjectNode subject, int i) {
        return (ObjectNode) subject.get("layers").get(i);
    }

    @Test
    void aValidSubjectReadsWithItsTypedFields() {
        Subject s = read(TestSubjects.MLP);
        assertEquals("mlp", s.id());
        assertTrue(s.isClassification());
        assertEquals("synthetic:blobs", s.dataset().source());
        assertEquals(300, s.dataset().train());
        assertEquals(3.0, s.dataset().parameter("classes", 0));
        assertEquals(3, s.layers().size());
        assertEquals(8, s.layer(0).units());
        assertEquals(0.2, s.layer(1).rate());
        assertEquals("adam", s.training().optimizer());
        assertEquals(16, s.training().batchSize());
        assertTrue(s.groundTruth().isEmpty());
        assertNull(s.fix());
    }

    @Test
    void absentFieldsTakeKerasDefaults() {
        Subject s = read(TestSubjects.CNN);
        LayerSpec conv = s.layer(0);
        assertEquals(List.of(1, 1), conv.strides());
        assertEquals("valid", conv.padding());
        assertTrue(conv.useBias());
        assertEquals("glorot_uniform", conv.kernelInitializer().name());
        assertEquals("zeros", conv.biasInitializer().name());
        assertNull(conv.kernelRegularizer());
        LayerSpec pool = s.layer(1);
        assertEquals(List.of(2, 2), pool.pool());
        assertEquals(List.of(2, 2), pool.strides(), "pooling strides default to the pool size");
        assertNull(pool.activation());
        assertEquals(0.01, s.training().learningRate(), "SGD's default learning rate");
        assertEquals(32, s.training().batchSize());
        assertEquals(1, s.training().epochs());
        assertEquals(0.0, s.training().optimizerParameter("momentum", -1));
        assertEquals(0.1, s.dataset().validation());
        assertTrue(s.dataset().shuffle());
        Subject mlp = read(TestSubjects.MLP);
        assertEquals(0.001, mlp.training().learningRate(), "Adam's default learning rate");
        assertEquals(1e-7, mlp.training().optimizerParameter("epsilon", -1), "Keras' Adam epsilon");
        assertEquals("linear", read(withField(TestSubjects.MLP, 0, "activation", null)).layer(0).activation());
    }

    private static ObjectNode withField(String text, int layer, String field, String value) {
        ObjectNode s = json(text);
        if (value == null) layer(s, layer).remove(field);
        else layer(s, layer).put(field, value);
        return s;
    }

    @Test
    void optimizerDefaultLearningRatesFollowKeras() {
        for (var e : java.util.Map.of("sgd", 0.01, "rmsprop", 0.001, "adagrad", 0.001, "adadelta", 1.0,
                "adam", 0.001, "adamax", 0.002, "nadam", 0.001).entrySet()) {
            ObjectNode s = json(TestSubjects.MLP);
            ((ObjectNode) s.get("training")).put("optimizer", e.getKey());
            assertEquals(e.getValue(), read(s).training().learningRate(), e.getKey());
        }
    }

    @Test
    void aliasesAreStoredInTheirCanonicalSpelling() {
        ObjectNode s = json(TestSubjects.MLP);
        ((ObjectNode) s.get("training")).put("loss", "mse").put("optimizer", "RMSprop");
        layer(s, 0).put("kernel_initializer", "GlorotNormal").put("bias_initializer", "zero");
        Subject subject = read(s);
        assertEquals("mean_squared_error", subject.training().loss());
        assertEquals("rmsprop", subject.training().optimizer());
        assertEquals("glorot_normal", subject.layer(0).kernelInitializer().name());
        assertEquals("zeros", subject.layer(0).biasInitializer().name());
        assertEquals("mean_squared_error", subject.json().at("/training/loss").asText());
        assertEquals("glorot_normal", subject.json().at("/layers/0/kernel_initializer").asText());
    }

    @Test
    void everyLossAliasOfKerasResolves() {
        var aliases = java.util.Map.of("mae", "mean_absolute_error", "mape", "mean_absolute_percentage_error",
                "msle", "mean_squared_logarithmic_error", "kld", "kullback_leibler_divergence",
                "logcosh", "log_cosh", "huber_loss", "huber", "MSE", "mean_squared_error");
        aliases.forEach((alias, canonical) -> assertEquals(canonical, Vocabulary.LOSSES.canonical(alias).orElseThrow(), alias));
    }

    @Test
    void layersGetTheNamesKerasGivesThem() {
        ObjectNode s = json(TestSubjects.CNN);
        ArrayNode layers = (ArrayNode) s.get("layers");
        layers.insert(1, json("{\"type\": \"conv2d\", \"filters\": 4, \"kernel\": 3}"));
        layers.add(json("{\"type\": \"dropout\", \"rate\": 0.5}"));
        layers.add(json("{\"type\": \"dense\", \"units\": 2}"));
        layers.add(json("{\"type\": \"activation\", \"activation\": \"softmax\"}"));
        List<String> names = read(s).layers().stream().map(LayerSpec::name).toList();
        assertEquals(List.of("conv2d", "conv2d_1", "max_pooling2d", "flatten", "dense", "dropout", "dense_1", "activation"),
                names);
    }

    @Test
    void initializerObjectsKeepTheirParametersAndFillTheRest() {
        ObjectNode s = json(TestSubjects.MLP);
        layer(s, 0).set("kernel_initializer", json("{\"name\": \"normal\", \"stddev\": 1}"));
        layer(s, 2).set("bias_initializer", json("{\"name\": \"constant\", \"value\": 0.5}"));
        Subject subject = read(s);
        Initializer k = subject.layer(0).kernelInitializer();
        assertEquals("random_normal", k.name());
        assertEquals(1.0, k.parameter("stddev", -1));
        assertEquals(0.0, k.parameter("mean", -1));
        assertEquals(0.5, subject.layer(2).biasInitializer().parameter("value", -1));
        assertEquals(1.0, subject.json().at("/layers/0/kernel_initializer/stddev").asDouble());
    }

    @Test
    void regularizersReadAsObjectsOrKerasStrings() {
        ObjectNode s = json(TestSubjects.MLP);
        layer(s, 0).set("kernel_regularizer", json("{\"l1\": 0.01}"));
        layer(s, 2).put("kernel_regularizer", "l2");
        Subject subject = read(s);
        assertEquals(new Regularizer(0.01, 0), subject.layer(0).kernelRegularizer());
        assertEquals(new Regularizer(0, 0.01), subject.layer(2).kernelRegularizer());
    }

    @Test
    void theCanonicalJsonAndItsHashDoNotDependOnSpelling() {
        ObjectNode spelt = json(TestSubjects.MLP);
        ((ObjectNode) spelt.get("training")).put("loss", "categorical_crossentropy").put("learning_rate", 0.001)
                .put("epsilon", 1e-7);
        layer(spelt, 0).put("kernel_initializer", "glorot_uniform").put("use_bias", true);
        Subject a = read(TestSubjects.MLP);
        Subject b = read(spelt);
        assertEquals(a.sha256(), b.sha256());
        ObjectNode changed = json(TestSubjects.MLP);
        layer(changed, 0).put("units", 9);
        assertNotEquals(a.sha256(), read(changed).sha256());
        assertEquals(64, a.sha256().length());
        assertEquals(a.canonicalText(), read((ObjectNode) a.json()).canonicalText(), "re-reading the canonical JSON is stable");
    }

    @Test
    void theHashDoesNotDependOnFieldOrder() {
        String reordered = """
                {
                  "training": { "epochs": 3, "batch_size": 16, "loss": "categorical_crossentropy", "optimizer": "adam" },
                  "layers": [
                    { "activation": "relu", "units": 8, "type": "dense" },
                    { "rate": 0.2, "type": "dropout" },
                    { "activation": "softmax", "type": "dense", "units": 3 }
                  ],
                  "dataset": { "features": 4, "classes": 3, "test": 100, "train": 300, "source": "synthetic:blobs" },
                  "task": "classification",
                  "id": "mlp"
                }
                """;
        assertEquals(read(TestSubjects.MLP).sha256(), read(reordered).sha256());
    }

    @Test
    void theProgramHashIgnoresIdAndGroundTruth() {
        ObjectNode other = json(TestSubjects.MLP);
        other.put("id", "other").put("description", "same program");
        other.set("ground_truth", json("{\"a\": []}").get("a"));
        Subject a = read(TestSubjects.MLP);
        Subject b = read(other);
        assertNotEquals(a.sha256(), b.sha256());
        assertEquals(a.programSha256(), b.programSha256());
    }

    @Test
    void groundTruthReadsAsAnArrayOrAsNotation() {
        ObjectNode s = json(TestSubjects.MLP);
        s.set("ground_truth", json("{\"a\": [\"ACH(0,2)\", \"HLR\"]}").get("a"));
        assertEquals("ACH(0,2), HLR", read(s).groundTruth().orElseThrow().toString());
        s.put("ground_truth", "OCH, ACH(2)|LRM(3)");
        assertEquals("OCH, ACH(2)|LRM(3)", read(s).groundTruth().orElseThrow().toString());
        s.set("ground_truth", json("{\"a\": []}").get("a"));
        FaultList empty = read(s).groundTruth().orElseThrow();
        assertTrue(empty.isEmpty());
        assertFalse(empty.notApplicable());
    }

    @Test
    void aGroundTruthNamingAMissingLayerIsRejected() {
        ObjectNode s = json(TestSubjects.MLP);
        s.set("ground_truth", json("{\"a\": [\"ACH(3)\"]}").get("a"));
        String p = onlyProblem(s);
        assertTrue(p.startsWith("test.json: /ground_truth: fault ACH(3) names layer 3"), p);
        s.set("ground_truth", json("{\"a\": [\"LRM(3)\"]}").get("a"));
        assertEquals("LRM(3)", read(s).groundTruth().orElseThrow().toString(), "a missing layer may go after the last");
        s.put("ground_truth", "N/A");
        assertTrue(onlyProblem(s).contains("N/A is a tool's answer"));
    }

    @Test
    void anUnknownNameListsTheAcceptedValuesAndTheClosestOne() {
        ObjectNode s = withField(TestSubjects.MLP, 0, "activation", "relux");
        assertEquals("test.json: /layers/0/activation: unknown activation 'relux' (expected one of: relu, sigmoid, tanh, "
                + "softmax, elu, selu, softplus, softsign, linear, hard_sigmoid, exponential, swish; did you mean 'relu'?)",
                onlyProblem(s));
    }

    @Test
    void aNameFarFromEveryKnownOneGetsNoSuggestion() {
        ObjectNode s = json(TestSubjects.MLP);
        ((ObjectNode) s.get("training")).put("optimizer", "lbfgs-with-restarts");
        String p = onlyProblem(s);
        assertTrue(p.startsWith("test.json: /training/optimizer: unknown optimizer 'lbfgs-with-restarts' (expected one of: sgd,"), p);
        assertFalse(p.contains("did you mean"), p);
    }

    @Test
    void aWrongTypeNamesTheExpectedTypeAndTheValueFound() {
        ObjectNode s = json(TestSubjects.MLP);
        ((ObjectNode) s.get("training")).put("epochs", "ten");
        assertEquals("test.json: /training/epochs: expected an integer >= 1, found \"ten\"", onlyProblem(s));
        ((ObjectNode) s.get("training")).put("epochs", 2.5);
        assertEquals("test.json: /training/epochs: expected an integer >= 1, found 2.5", onlyProblem(s));
        ((ObjectNode) s.get("training")).put("epochs", 4.0);
        assertEquals(4, read(s).training().epochs(), "an integral number is an integer");
    }

    @Test
    void aValueOutOfRangeNamesTheRange() {
        ObjectNode s = json(TestSubjects.MLP);
        layer(s, 1).put("rate", 1.0);
        assertEquals("test.json: /layers/1/rate: expected a number in [0, 1), found 1.0", onlyProblem(s));
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        ObjectNode s = json(TestSubjects.MLP);
        s.remove("task");
        layer(s, 0).remove("units");
        List<String> p = problems(s);
        assertEquals(List.of(
                "test.json: /task: missing required field 'task' (expected one of: classification, regression)",
                "test.json: /layers/0/units: missing required field 'units' (an integer >= 1)"), p);
    }

    @Test
    void anUnknownFieldIsReportedAsAProbableTypo() {
        ObjectNode s = json(TestSubjects.MLP);
        layer(s, 0).put("activaton", "relu");
        String p = onlyProblem(s);
        assertTrue(p.startsWith("test.json: /layers/0/activaton: unknown layer field 'activaton', probably a typo for 'activation'"), p);
    }

    @Test
    void aFieldOfAnotherLayerTypeIsExplained() {
        ObjectNode s = json(TestSubjects.MLP);
        layer(s, 1).put("units", 4);
        assertEquals("test.json: /layers/1/units: field 'units' does not apply to a dropout layer (expected one of: type, rate)",
                onlyProblem(s));
    }

    @Test
    void anOptimizerParameterOfAnotherOptimizerIsRejected() {
        ObjectNode s = json(TestSubjects.MLP);
        ((ObjectNode) s.get("training")).put("momentum", 0.9);
        assertEquals("test.json: /training/momentum: optimizer 'adam' has no parameter 'momentum' "
                + "(expected one of: beta_1, beta_2, epsilon, amsgrad, decay)", onlyProblem(s));
        ((ObjectNode) s.get("training")).put("optimizer", "sgd").put("nesterov", true);
        Subject sgd = read(s);
        assertEquals(0.9, sgd.training().optimizerParameter("momentum", 0));
        assertEquals(1.0, sgd.training().optimizerParameter("nesterov", 0));
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        ObjectNode s = json(TestSubjects.MLP);
        s.put("datset", 1);
        ((ObjectNode) s.get("dataset")).put("train", "many");
        layer(s, 0).put("activation", "relux");
        layer(s, 2).put("units", 0);
        ((ObjectNode) s.get("training")).put("loss", "mse2");
        List<String> p = problems(s);
        assertEquals(5, p.size(), p::toString);
        assertEquals(List.of("/datset", "/dataset/train", "/layers/0/activation", "/layers/2/units", "/training/loss"),
                p.stream().map(l -> l.split(": ")[1]).toList());
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        UserError e = assertThrows(UserError.class, () -> SubjectReader.parse("{\n  \"id\": \"x\",\n  \"task\" 3\n}", "s.json", null));
        assertTrue(e.getMessage().startsWith("s.json:3:10: JSON syntax error: "), e.getMessage());
    }

    @Test
    void aDuplicateKeyIsASyntaxError() {
        UserError e = assertThrows(UserError.class, () -> SubjectReader.parse("{\"id\": \"a\", \"id\": \"b\"}", "s.json", null));
        assertTrue(e.getMessage().contains("Duplicate field 'id'"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamedWithItsPath(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        UserError e = assertThrows(UserError.class, () -> SubjectReader.read(missing));
        assertEquals(missing + ": no such subject file", e.getMessage());
    }

    @Test
    void anUnreadableFileIsNamedWithItsPath(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> SubjectReader.read(dir));
        assertTrue(e.getMessage().startsWith(dir + ": cannot read the subject file: "), e.getMessage());
    }

    @Test
    void kerasInputShapeOnALayerPointsToTheDatasetShape() {
        ObjectNode s = json(TestSubjects.MLP);
        layer(s, 0).set("input_shape", json("{\"a\": [4]}").get("a"));
        assertEquals("test.json: /layers/0/input_shape: the input shape is the data's: declare it as /dataset/shape "
                + "(channels last), or leave it to the loaded data", onlyProblem(s));
    }

    @Test
    void aFileSourceNeedsAPathThatExists(@TempDir Path dir) throws IOException {
        ObjectNode s = json(TestSubjects.MLP);
        ((ObjectNode) s.get("dataset")).put("source", "csv").remove(List.of("classes", "features"));
        UserError e = assertThrows(UserError.class, () -> SubjectReader.fromJson(s, "t.json", dir));
        assertEquals("t.json: /dataset/path: missing required field: source 'csv' reads files, give their 'path'", e.getMessage());
        ((ObjectNode) s.get("dataset")).put("path", "data.csv");
        e = assertThrows(UserError.class, () -> SubjectReader.fromJson(s, "t.json", dir));
        assertEquals("t.json: /dataset/path: no such file or folder: " + dir.resolve("data.csv"), e.getMessage());
        Files.writeString(dir.resolve("data.csv"), "a,label\n1,0\n");
        assertEquals(dir, SubjectReader.fromJson(s, "t.json", dir).dataset().baseDir());
    }

    @Test
    void preprocessingStepsReadAsNamesOrObjects() {
        ObjectNode s = json(TestSubjects.MLP);
        ((ObjectNode) s.get("dataset")).set("preprocessing", json("""
                {"a": ["standardise", "one_hot", {"op": "scale", "factor": 0.00392, "target": "y", "split": "train"}]}
                """).get("a"));
        Subject subject = read(s);
        assertEquals(List.of(new PreprocessingStep("standardize", null, "x", "all"),
                new PreprocessingStep("one_hot", null, "y", "all"),
                new PreprocessingStep("scale", 0.00392, "y", "train")), subject.dataset().preprocessing());
        ((ObjectNode) s.get("dataset")).set("preprocessing", json("{\"a\": [\"scale\"]}").get("a"));
        assertTrue(onlyProblem(s).contains("/dataset/preprocessing/0: step 'scale' needs a factor"));
    }

    @Test
    void eachSyntheticSourceTakesItsOwnParameters() {
        ObjectNode s = json(TestSubjects.MLP);
        ((ObjectNode) s.get("dataset")).put("turns", 2.5);
        assertEquals("test.json: /dataset/turns: source 'synthetic:blobs' takes no parameter 'turns' "
                + "(expected one of: classes, features, noise)", onlyProblem(s));
        ((ObjectNode) s.get("dataset")).put("source", "synthetic:spirals").put("features", 2);
        assertEquals(2.5, read(s).dataset().parameter("turns", 0));
        ((ObjectNode) s.get("dataset")).put("source", "synthetic:topics").put("counts", 2).remove("turns");
        assertEquals("test.json: /dataset/counts: expected 0 or 1, found 2", onlyProblem(s));
    }

    @Test
    void aFixThatBreaksTheSubjectIsRejected() {
        ObjectNode s = json(TestSubjects.MLP);
        s.set("fix", json("{\"a\": [{\"op\": \"replace\", \"path\": \"/layers/0/activation\", \"value\": \"rellu\"}]}").get("a"));
        String p = onlyProblem(s);
        assertTrue(p.contains("/layers/0/activation: unknown activation 'rellu'"), p);
        s.set("fix", json("{\"a\": [{\"op\": \"replace\", \"path\": \"/layers/7/activation\", \"value\": \"relu\"}]}").get("a"));
        p = onlyProblem(s);
        assertTrue(p.startsWith("test.json: /fix/0: cannot apply 'replace /layers/7/activation'"), p);
    }

    @Test
    void aMalformedFixNamesTheOperation() {
        ObjectNode s = json(TestSubjects.MLP);
        s.set("fix", json("{\"a\": [{\"op\": \"replace\", \"path\": \"/training/loss\", \"value\": \"mse\"},"
                + " {\"op\": \"rename\", \"path\": \"/id\"}, {\"op\": \"add\", \"pat\": \"/id\", \"value\": 1}]}").get("a"));
        List<String> p = problems(s);
        assertEquals(List.of(
                "test.json: /fix/1/op: unknown operation \"rename\" (expected one of: add, remove, replace, move, copy, test)",
                "test.json: /fix/2/pat: unknown operation field 'pat', probably a typo for 'path' (expected one of: op, path, value, from)",
                "test.json: /fix/2/path: missing required field 'path' (a JSON pointer such as \"/layers/0/activation\")"), p);
    }

    @Test
    void theBundledExampleSubjectIsValid() {
        Subject example = SubjectReader.read(Path.of("benchmark/subjects/example.json"));
        assertEquals("example", example.id());
        assertFalse(example.groundTruth().orElseThrow().isEmpty());
        assertTrue(example.dataset().train() <= 2000);
        assertTrue(example.training().epochs() <= 20);
        assertEquals(Path.of("benchmark/subjects/example.json"), example.file());
    }

    @Test
    void everyBenchmarkSubjectIsValidAndItsFixMapsToItsGroundTruth() throws IOException {
        try (var files = Files.list(Path.of("benchmark/subjects"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Subject s = SubjectReader.read(f);
                if (s.fix() != null && s.groundTruth().isPresent()) {
                    assertTrue(Patch.fixed(s).groundTruth().orElseThrow().isEmpty(), f.toString());
                }
            }
        }
    }
}

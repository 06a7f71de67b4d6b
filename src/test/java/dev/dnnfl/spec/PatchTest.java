package dev.dnnfl.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static dev.dnnfl.spec.TestSubjects.json;
import static dev.dnnfl.spec.TestSubjects.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchTest {
    private static Patch patch(String text) {
        return Patch.parse(text, "patch.json");
    }

    @Test
    void aPatchAppliesAndTheResultIsValidatedAndCanonical() {
        Subject mlp = read(TestSubjects.MLP);
        Subject patched = patch("""
                [{"op": "replace", "path": "/layers/2/activation", "value": "sigmoid"},
                 {"op": "replace", "path": "/training/loss", "value": "mse"}]""").apply(mlp);
        assertEquals("sigmoid", patched.layer(2).activation());
        assertEquals("mean_squared_error", patched.training().loss());
        assertEquals("mlp", patched.id());
    }

    @Test
    void diffThenApplyGivesTheOtherProgram() {
        Subject a = read(TestSubjects.MLP);
        ObjectNode changed = json(TestSubjects.MLP);
        ((ObjectNode) changed.get("training")).put("learning_rate", 0.5).put("optimizer", "sgd");
        ((ObjectNode) changed.get("layers").get(0)).put("units", 32).put("activation", "tanh");
        ((com.fasterxml.jackson.databind.node.ArrayNode) changed.get("layers")).remove(1);
        Subject b = read(changed);
        Patch diff = Patch.diff(a, b);
        assertEquals(b.canonicalText(), diff.apply(a).canonicalText());
        assertEquals(0, Patch.diff(a, a).size());
    }

    @Test
    void theFixedSubjectIsACorrectProgram() {
        Subject example = SubjectReader.read(Path.of("benchmark/subjects/example.json"));
        Subject fixed = Patch.fixed(example);
        assertTrue(fixed.groundTruth().orElseThrow().isEmpty());
        assertEquals(0.01, fixed.training().learningRate());
        assertEquals(null, fixed.fix());
    }

    @Test
    void anOperationThatCannotApplyIsNamedByItsIndex() {
        Subject mlp = read(TestSubjects.MLP);
        Patch p = patch("""
                [{"op": "test", "path": "/training/loss", "value": "categorical_crossentropy"},
                 {"op": "replace", "path": "/layers/9/units", "value": 3}]""");
        UserError e = assertThrows(UserError.class, () -> p.apply(mlp));
        assertTrue(e.getMessage().startsWith("patch of mlp: /1: cannot apply 'replace /layers/9/units'"), e.getMessage());
    }

    @Test
    void aPatchGivingAnInvalidSubjectNamesTheOperationAndTheProblem() {
        Subject mlp = read(TestSubjects.MLP);
        Patch p = patch("""
                [{"op": "replace", "path": "/training/epochs", "value": 5},
                 {"op": "replace", "path": "/layers/0/activation", "value": "relux"}]""");
        UserError e = assertThrows(UserError.class, () -> p.apply(mlp));
        assertTrue(e.getMessage().startsWith("patch of mlp: operation 1 'replace /layers/0/activation' gives an invalid subject: "
                + "/layers/0/activation: unknown activation 'relux'"), e.getMessage());
    }

    @Test
    void aMalformedPatchListsEveryBadOperation() {
        UserError e = assertThrows(UserError.class, () -> patch("""
                [{"op": "replace", "path": "training/loss", "value": 1}, {"op": "move", "path": "/a"}, 3]"""));
        assertEquals("""
                patch.json: /0/path: expected a JSON pointer starting with '/' (e.g. "/training/loss"), found "training/loss"
                patch.json: /1/from: missing required field 'from' (a JSON pointer such as "/layers/0/activation")
                patch.json: /2: expected an operation object {"op": …, "path": …}, found 3""", e.getMessage());
        UserError notArray = assertThrows(UserError.class, () -> patch("{\"op\": \"add\"}"));
        assertTrue(notArray.getMessage().startsWith("patch.json: /: expected an array of RFC 6902 operations"), notArray.getMessage());
    }

    @Test
    void aPatchIsImmutable() {
        Patch p = patch("[{\"op\": \"remove\", \"path\": \"/layers/1\"}]");
        ((ObjectNode) p.operations().get(0)).put("path", "/layers/0");
        assertEquals("/layers/1", p.paths().get(0));
    }
}

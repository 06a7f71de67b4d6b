package dev.dnnfl.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every field of valid subjects replaced by values of every JSON type: the reader must either
 * accept the result or throw {@link UserError} naming the field, never another exception (which
 * the CLI would show as an internal error).
 */
class SubjectReaderRobustnessTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> VALUES = List.of(NODES.nullNode(), NODES.booleanNode(true),
            NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1e300), NODES.numberNode(2.5),
            NODES.textNode(""), NODES.textNode("relu"), NODES.arrayNode(), NODES.arrayNode().add(1).add("x"),
            NODES.objectNode(), NODES.objectNode().put("name", 3));

    /** A subject with every kind of nested value: initialiser and regulariser objects, steps, options. */
    private static final String RICH = """
            {
              "id": "rich", "task": "classification", "description": "d",
              "dataset": { "source": "synthetic:topics", "train": 50, "test": 10, "features": 20, "words": 5,
                           "keywords": 3, "imbalance": 1.0, "counts": 1, "validation": 0.2, "seed": 3, "shuffle": false,
                           "preprocessing": ["standardize", {"op": "shift", "factor": 1, "target": "x", "split": "train"}] },
              "layers": [
                { "type": "dense", "units": 4, "activation": "tanh", "use_bias": false,
                  "kernel_initializer": {"name": "random_uniform", "minval": -1, "maxval": 1},
                  "bias_initializer": {"name": "constant", "value": 0.1}, "kernel_regularizer": {"l1": 0.01, "l2": 0.02} },
                { "type": "batch_normalization" },
                { "type": "activation", "activation": "relu" },
                { "type": "dense", "units": 3, "activation": "softmax" }
              ],
              "training": { "optimizer": "sgd", "learning_rate": 0.1, "momentum": 0.9, "nesterov": true,
                            "loss": "categorical_crossentropy", "batch_size": 8, "epochs": 2 },
              "original": {"anything": [1, 2]}
            }
            """;

    @Test
    void anyWrongValueAnywhereIsAUserErrorNamingItsField() {
        int rejected = 0;
        int cases = 0;
        for (String text : List.of(TestSubjects.MLP, TestSubjects.CNN, RICH)) {
            ObjectNode base = (ObjectNode) read(text).json();
            base.set("ground_truth", NODES.arrayNode().add("ACH(0)"));
            base.set("fix", SubjectReader.parseJson("[{\"op\": \"replace\", \"path\": \"/training/epochs\", \"value\": 2}]", "t"));
            for (String pointer : pointers(base, "")) {
                for (JsonNode value : VALUES) {
                    ObjectNode mutated = base.deepCopy();
                    set(mutated, pointer, value);
                    cases++;
                    try {
                        SubjectReader.fromJson(mutated, "t.json", null);
                    } catch (UserError e) {
                        rejected++;
                        String first = e.getMessage().lines().findFirst().orElse("");
                        assertTrue(first.startsWith("t.json"), () -> pointer + " = " + value + ": " + first);
                    } catch (RuntimeException e) {
                        fail(pointer + " = " + value + " threw " + e, e);
                    }
                }
            }
        }
        assertTrue(cases > 300, "enumerated " + cases + " cases");
        assertTrue(rejected > cases / 2, "most wrong values are rejected: " + rejected + " of " + cases);
    }

    @Test
    void anyPatchOfAnyFieldGivesFaultsOrAUserError() {
        int cases = 0;
        for (String text : List.of(TestSubjects.CNN, RICH)) {
            Subject subject = read(text);
            for (String pointer : pointers(subject.json(), "")) {
                List<ObjectNode> ops = new ArrayList<>();
                ops.add(NODES.objectNode().put("op", "remove").put("path", pointer));
                for (JsonNode value : VALUES) {
                    ops.add(NODES.objectNode().put("op", "replace").put("path", pointer).set("value", value));
                }
                for (ObjectNode op : ops) {
                    Patch patch = new Patch(NODES.arrayNode().add(op));
                    cases++;
                    try {
                        PatchFaults.of(subject, patch);
                    } catch (UserError e) {
                        assertTrue(e.getMessage().contains("patch operation 0"), e::getMessage);
                    } catch (RuntimeException e) {
                        fail("faults of " + op + " threw " + e, e);
                    }
                    try {
                        patch.apply(subject);
                    } catch (UserError e) {
                        assertTrue(e.getMessage().startsWith("patch of " + subject.id()), e::getMessage);
                    } catch (RuntimeException e) {
                        fail("applying " + op + " threw " + e, e);
                    }
                }
            }
        }
        assertTrue(cases > 300, "enumerated " + cases + " cases");
    }

    @Test
    void theEnumerationReachesNestedFields() {
        List<String> p = pointers((ObjectNode) read(TestSubjects.CNN).json(), "");
        assertTrue(p.contains("/layers/0/kernel/1"), p::toString);
        assertTrue(p.contains("/dataset/shape/2"), p::toString);
        assertEquals(p.size(), p.stream().distinct().count());
    }

    private static Subject read(String text) {
        return TestSubjects.read(text);
    }

    private static List<String> pointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (!at.isEmpty()) out.add(at);
        if (node.isObject()) node.fieldNames().forEachRemaining(f -> out.addAll(pointers(node.get(f), at + "/" + f)));
        if (node.isArray()) for (int i = 0; i < node.size(); i++) out.addAll(pointers(node.get(i), at + "/" + i));
        return out;
    }

    private static void set(ObjectNode root, String pointer, JsonNode value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = pointer.substring(0, cut).isEmpty() ? root : root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode o) o.set(last, value);
        else ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
}

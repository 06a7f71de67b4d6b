package dev.dnnfl.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import com.flipkart.zjsonpatch.JsonPatch;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The faults a patch fixes (or, read as a mutation, introduces): the architecture's one
 * function from patch paths to the study's fault types.
 *
 * <table>
 * <caption>Path to fault</caption>
 * <tr><td>{@code /training/learning_rate}</td><td>HLR</td></tr>
 * <tr><td>{@code /training/optimizer} and the optimiser's own parameters
 *     ({@code momentum}, {@code rho}, {@code beta_1}, …)</td><td>OCH</td></tr>
 * <tr><td>{@code /training/loss}</td><td>LCH</td></tr>
 * <tr><td>{@code /training/epochs}</td><td>HNE</td></tr>
 * <tr><td>{@code /training/batch_size}</td><td>HBS</td></tr>
 * <tr><td>{@code /layers/i/activation}</td><td>ACH(i)</td></tr>
 * <tr><td>{@code /layers/i/kernel_initializer}</td><td>WCI(i)</td></tr>
 * <tr><td>{@code /layers/i/bias_initializer}, {@code /layers/i/use_bias}</td><td>BCI(i)</td></tr>
 * <tr><td>{@code /layers/i/kernel_regularizer}, {@code /layers/i/rate}</td><td>RAW(i)</td></tr>
 * <tr><td>{@code /layers/i/units}, {@code /layers/i/filters}</td><td>LCN(i)</td></tr>
 * <tr><td>{@code /layers/i/kernel}, {@code strides}, {@code padding}, {@code pool}</td><td>LCF(i)</td></tr>
 * <tr><td>{@code /dataset/…}</td><td>CPP</td></tr>
 * <tr><td>add a layer at {@code /layers/i}</td><td>LRM(i): a missing layer</td></tr>
 * <tr><td>remove the layer {@code /layers/i}</td><td>LAD(i): a redundant layer</td></tr>
 * <tr><td>{@code /layers/i/type}, or {@code /layers/i} replaced by a layer of another type</td>
 *     <td>LAD(i) and LRM(i): the layer is replaced by another kind; changes to its other fields are
 *     part of that and add nothing</td></tr>
 * <tr><td>{@code /id}, {@code /description}, {@code /ground_truth}, {@code /fix},
 *     {@code /original}, {@code /notes}; {@code test} operations</td><td>no fault</td></tr>
 * </table>
 *
 * <p><b>Layer indices are those of the original subject.</b> RFC 6902 applies operations in
 * order, so after an operation adds or removes a layer, later operations address the shifted
 * list. This function follows the shifts and reports every fault with the index the layer has
 * in the subject the patch applies to: removing layer 2 and then changing
 * {@code /layers/4/activation} gives {@code LAD(2), ACH(5)}. A layer the patch adds is numbered
 * by the count of original layers before it (adding at the end of a 3-layer model gives
 * {@code LRM(3)}); changes to a layer the patch itself added are part of that {@code LRM}.
 * Whole-object replacements ({@code /training}, {@code /layers/i}, {@code /layers}, the root)
 * are split into field changes by diffing the old value against the new one, with the new value's
 * Keras defaults filled in first (so a replacement that omits {@code use_bias} does not read as
 * a bias change).
 *
 * <p>Faults of one type are grouped over their layers: changing the activations of layers 0
 * and 1 gives one fault, {@code ACH(0,1)}. Faults are listed in the order the patch first
 * touches them.
 */
public final class PatchFaults {
    private static final int MAX_DEPTH = 8;

    private final Map<FaultType, TreeSet<Integer>> found = new LinkedHashMap<>();
    /** For each layer of the document as patched so far: its index in the original, or null if added. */
    private final List<Integer> originalIndex = new ArrayList<>();
    /** Original indices of layers whose type the patch changed: their other fields are part of the new layer. */
    private final java.util.Set<Integer> retyped = new java.util.HashSet<>();
    private final String origin;
    private JsonNode document;

    private PatchFaults(JsonNode program, String origin) {
        this.document = program;
        this.origin = origin;
        JsonNode layers = program.path("layers");
        for (int i = 0; i < layers.size(); i++) originalIndex.add(i);
    }

    /** The faults a patch of a subject fixes, with layers numbered as in that subject. */
    public static FaultList of(Subject subject, Patch patch) {
        return of(subject.json(), patch.operations(), subject.id());
    }

    /**
     * The faults of a patch of a subject given as JSON. An operation that does not apply, or
     * that changes a path no fault type covers ({@code /task}), throws {@link UserError} naming
     * the operation's index.
     */
    public static FaultList of(JsonNode subjectJson, JsonNode operations, String origin) {
        PatchFaults mapping = new PatchFaults(Patch.program(subjectJson), origin);
        for (int i = 0; i < operations.size(); i++) mapping.operation(operations.get(i), String.valueOf(i), 0);
        List<Fault> faults = new ArrayList<>();
        mapping.found.forEach((type, layers) -> faults.add(new Fault(type, List.copyOf(layers))));
        return FaultList.of(faults);
    }

    private void operation(JsonNode op, String label, int depth) {
        if (depth > MAX_DEPTH) throw new IllegalStateException("patch expansion too deep at operation " + label);
        String kind = op.path("op").asText();
        String path = op.path("path").asText();
        List<String> tokens = tokens(path);
        if (kind.equals("test")) return;
        // The ground truth and fix describe the subject rather than its program: no fault, and
        // they are not part of the program the operations are replayed on.
        if (!tokens.isEmpty() && (tokens.get(0).equals("ground_truth") || tokens.get(0).equals("fix"))) return;

        if (kind.equals("move") || kind.equals("copy")) {
            JsonNode from = at(op.path("from").asText());
            if (from == null) fail(label, op, "'from' " + op.path("from").asText() + " does not exist");
            if (kind.equals("move")) {
                operation(node("remove", op.path("from").asText(), null), label, depth + 1);
            }
            operation(node("add", path, from), label, depth + 1);
            return;
        }
        if (expandable(kind, tokens)) {
            JsonNode before = at(path);
            JsonNode after = kind.equals("remove") ? emptyLike(before) : SubjectReader.canonicalPart(tokens, op.get("value"));
            boolean retyped = tokens.size() == 2 && before != null && after != null
                    && !before.path("type").equals(after.path("type"));
            if (!retyped && before != null && after != null && before.getNodeType() == after.getNodeType()
                    && (before.isObject() || before.isArray())) {
                JsonNode diff = JsonDiff.asJson(before, after, DiffFlags.dontNormalizeOpIntoMoveAndCopy());
                for (JsonNode d : diff) {
                    ObjectNode prefixed = d.deepCopy();
                    prefixed.put("path", path + d.path("path").asText());
                    operation(prefixed, label, depth + 1);
                }
                if (kind.equals("remove")) apply(op, label);
                return;
            }
        }
        if (tokens.size() == 2 && tokens.get(0).equals("layers") && kind.equals("replace")) {
            // A layer replaced by one of another type: the old one was redundant, the new one missing.
            retype(index(tokens.get(1), originalIndex.size() - 1, op, label));
        } else {
            classify(kind, tokens, op, label);
        }
        apply(op, label);
    }

    private void retype(int at) {
        Integer original = originalIndex.get(at);
        if (original == null) return;
        add(FaultType.LAD, original);
        add(FaultType.LRM, original);
        retyped.add(original);
    }

    /** Whole objects whose change is read field by field. */
    private static boolean expandable(String kind, List<String> tokens) {
        if (!(kind.equals("replace") || kind.equals("add") || kind.equals("remove"))) return false;
        if (tokens.isEmpty()) return !kind.equals("remove");
        if (tokens.size() == 1) return tokens.get(0).equals("training") || tokens.get(0).equals("layers");
        return tokens.size() == 2 && tokens.get(0).equals("layers") && kind.equals("replace");
    }

    private void classify(String kind, List<String> tokens, JsonNode op, String label) {
        String section = tokens.isEmpty() ? "" : tokens.get(0);
        switch (section) {
            case "id", "description", "ground_truth", "fix", "original", "notes" -> {
            }
            case "dataset" -> add(FaultType.CPP, null);
            case "training" -> {
                if (tokens.size() < 2) fail(label, op, "a change of the whole training section must give an object");
                add(trainingFault(tokens.get(1)), null);
            }
            case "layers" -> layer(kind, tokens, op, label);
            default -> fail(label, op, "path " + pointer(tokens) + " is not a fault the study's table covers "
                    + "(expected /training/…, /layers/…, /dataset/…)");
        }
    }

    private static FaultType trainingFault(String field) {
        return switch (field) {
            case "learning_rate", "lr" -> FaultType.HLR;
            case "loss" -> FaultType.LCH;
            case "epochs" -> FaultType.HNE;
            case "batch_size" -> FaultType.HBS;
            // The optimiser's own parameters (momentum, rho, beta_1, …) configure the optimiser:
            // a wrong value of one is a wrong optimiser choice in the study's taxonomy.
            default -> FaultType.OCH;
        };
    }

    private void layer(String kind, List<String> tokens, JsonNode op, String label) {
        if (tokens.size() < 2) fail(label, op, "a change of the whole layer list must give an array");
        String indexToken = tokens.get(1);
        if (tokens.size() == 2) {
            if (kind.equals("add")) {
                int at = indexToken.equals("-") ? originalIndex.size() : index(indexToken, originalIndex.size(), op, label);
                int before = (int) originalIndex.subList(0, at).stream().filter(i -> i != null).count();
                add(FaultType.LRM, before);
                originalIndex.add(at, null);
            } else if (kind.equals("remove")) {
                int at = index(indexToken, originalIndex.size() - 1, op, label);
                Integer original = originalIndex.remove(at);
                if (original != null) add(FaultType.LAD, original);
            } else {
                fail(label, op, "cannot read '" + kind + "' of a whole layer");
            }
            return;
        }
        int at = index(indexToken, originalIndex.size() - 1, op, label);
        Integer original = originalIndex.get(at);
        // A field of a layer this patch added or retyped is part of that LRM.
        if (original == null || retyped.contains(original)) return;
        String field = tokens.get(2);
        switch (field) {
            case "activation" -> add(FaultType.ACH, original);
            case "kernel_initializer" -> add(FaultType.WCI, original);
            // use_bias decides whether the bias exists at all: the study's closest type is BCI.
            case "bias_initializer", "use_bias" -> add(FaultType.BCI, original);
            case "kernel_regularizer", "rate" -> add(FaultType.RAW, original);
            case "units", "filters" -> add(FaultType.LCN, original);
            case "kernel", "strides", "padding", "pool" -> add(FaultType.LCF, original);
            case "type" -> retype(at);
            default -> fail(label, op, "layer field '" + field + "' is not a fault the study's table covers (expected one of: "
                    + "activation, kernel_initializer, bias_initializer, use_bias, kernel_regularizer, rate, units, filters, "
                    + "kernel, strides, padding, pool, type)");
        }
    }

    private int index(String token, int max, JsonNode op, String label) {
        try {
            int i = Integer.parseInt(token);
            if (i >= 0 && i <= max) return i;
        } catch (NumberFormatException e) {
            // reported below, with the valid range
        }
        fail(label, op, "layer index '" + token + "' is out of range (the layers are numbered 0 to " + max + " at this point)");
        return -1;
    }

    private void add(FaultType type, Integer layer) {
        TreeSet<Integer> layers = found.computeIfAbsent(type, t -> new TreeSet<>());
        if (layer != null) layers.add(layer);
    }

    private void apply(JsonNode op, String label) {
        try {
            document = JsonPatch.apply(JsonNodeFactory.instance.arrayNode().add(op), document);
        } catch (JsonPatchApplicationException e) {
            fail(label, op, e.getMessage() == null ? "the path does not exist" : e.getMessage().replaceAll("\\s+", " "));
        }
    }

    private JsonNode at(String path) {
        JsonNode n = document.at(path.isEmpty() ? "" : path);
        return n.isMissingNode() ? null : n;
    }

    private static JsonNode emptyLike(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) return JsonNodeFactory.instance.arrayNode();
        if (node.isObject()) return JsonNodeFactory.instance.objectNode();
        return null;
    }

    private static ObjectNode node(String op, String path, JsonNode value) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("op", op);
        n.put("path", path);
        if (value != null) n.set("value", value.deepCopy());
        return n;
    }

    private void fail(String label, JsonNode op, String what) {
        throw new UserError((origin == null ? "" : origin + ": ") + "patch operation " + label + " ("
                + op.path("op").asText() + " " + op.path("path").asText() + "): " + what);
    }

    private static List<String> tokens(String path) {
        List<String> tokens = new ArrayList<>();
        if (path.isEmpty()) return tokens;
        for (String t : path.substring(1).split("/", -1)) tokens.add(t.replace("~1", "/").replace("~0", "~"));
        return tokens;
    }

    private static String pointer(List<String> tokens) {
        return tokens.isEmpty() ? "(the whole subject)" : "/" + String.join("/", tokens);
    }
}

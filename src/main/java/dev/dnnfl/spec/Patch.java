package dev.dnnfl.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.CompatibilityFlags;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import com.flipkart.zjsonpatch.JsonPatch;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A change to a subject as an RFC 6902 JSON Patch: a fix, a mutation or an alternative ground
 * truth. Paths are JSON pointers into the subject's canonical JSON ({@code /layers/5/activation},
 * {@code /training/learning_rate}); operations apply in order, so an index after an added or
 * removed layer refers to the list as the earlier operations left it (RFC 6902 semantics).
 *
 * <p>Applying and diffing are done by zjsonpatch; this type adds validation with messages that
 * name the operation's index, and re-validates the patched subject.
 */
public record Patch(JsonNode operations) {
    /** The operations of RFC 6902. */
    public static final List<String> OPS = List.of("add", "remove", "replace", "move", "copy", "test");

    private static final Set<String> OPERATION_FIELDS = Set.of("op", "path", "value", "from", "fromValue");
    private static final EnumSet<CompatibilityFlags> STRICT = EnumSet.of(CompatibilityFlags.FORBID_REMOVE_MISSING_OBJECT);

    public Patch {
        List<String> problems = problems(operations, "");
        if (!problems.isEmpty()) throw new IllegalArgumentException("invalid patch: " + String.join("; ", problems));
        operations = operations.deepCopy();
    }

    /** The operations, as a copy (a patch is immutable). */
    @Override
    public JsonNode operations() {
        return operations.deepCopy();
    }

    /** The empty patch. */
    public static Patch empty() {
        return new Patch(JsonNodeFactory.instance.arrayNode());
    }

    /**
     * A patch from its JSON; an invalid patch throws {@link UserError} naming {@code origin} and
     * the pointer of each bad operation ({@code /2/op: unknown operation 'rename' …}).
     */
    public static Patch of(JsonNode operations, String origin) {
        List<String> problems = problems(operations, "");
        if (!problems.isEmpty()) {
            String prefix = origin == null || origin.isEmpty() ? "" : origin + ": ";
            throw new UserError(prefix + String.join("\n" + prefix, problems));
        }
        return new Patch(operations);
    }

    /** A patch from JSON text (a syntax error names line and column). */
    public static Patch parse(String text, String origin) {
        return of(SubjectReader.parseJson(text, origin), origin);
    }

    /** The subject's fix, or the empty patch when it has none. */
    public static Patch fixOf(Subject subject) {
        return subject.fix() == null ? empty() : new Patch(subject.fix());
    }

    /** The number of operations. */
    public int size() {
        return operations.size();
    }

    /** The path of each operation, in order. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        operations.forEach(op -> paths.add(op.get("path").asText()));
        return paths;
    }

    /**
     * The subject this patch turns the given one into, validated again. The result carries no
     * ground truth and no fix: those describe the original program, not the patched one. An
     * operation that cannot apply, or a result that is not a valid subject, throws
     * {@link UserError} naming the operation's index.
     */
    public Subject apply(Subject subject) {
        String origin = "patch of " + subject.id();
        JsonNode patched = applyToJson(program(subject.json()), operations, origin, "");
        return reread(patched, subject, origin);
    }

    /**
     * The fixed version of a subject: its fix applied and its ground truth empty ({@code []}, a
     * correct program, the negative control of the scorer).
     */
    public static Subject fixed(Subject subject) {
        if (subject.fix() == null) throw new UserError(subject.id() + ": /fix: the subject has no fix to apply");
        String origin = "fix of " + subject.id();
        ObjectNode patched = (ObjectNode) applyToJson(program(subject.json()), subject.fix(), origin, "/fix");
        patched.set("ground_truth", JsonNodeFactory.instance.arrayNode());
        return reread(patched, subject, origin, subject.fix(), "/fix");
    }

    /**
     * The patch that turns one subject's program into another's (ground truths and fixes left
     * out), as zjsonpatch computes it: add, remove and replace operations only, so that
     * {@code diff(a, b).apply(a)} has the program of {@code b}.
     */
    public static Patch diff(Subject from, Subject to) {
        return new Patch(JsonDiff.asJson(program(from.json()), program(to.json()),
                DiffFlags.dontNormalizeOpIntoMoveAndCopy()));
    }

    /** A subject's canonical JSON without its ground truth and fix: the program a patch changes. */
    public static ObjectNode program(JsonNode subjectJson) {
        ObjectNode copy = (ObjectNode) subjectJson.deepCopy();
        copy.remove("ground_truth");
        copy.remove("fix");
        return copy;
    }

    @Override
    public String toString() {
        return operations.toString();
    }

    private Subject reread(JsonNode patched, Subject subject, String origin) {
        return reread(patched, subject, origin, operations, "");
    }

    private static Subject reread(JsonNode patched, Subject subject, String origin, JsonNode ops, String at) {
        try {
            return SubjectReader.fromJson(patched, "", subject.dataset().baseDir());
        } catch (UserError e) {
            throw new UserError(blame(e.getMessage(), ops, origin, at));
        }
    }

    /**
     * Rewrites the problems of a patched subject so that each names the operation that touched
     * its pointer (the last one whose path or {@code from} is a prefix of it), when there is one:
     * {@code origin: operation 1 (replace /layers/2/activation): /layers/2/activation: …}.
     */
    private static String blame(String problems, JsonNode ops, String origin, String at) {
        List<String> lines = new ArrayList<>();
        for (String line : problems.split("\n")) {
            int colon = line.indexOf(": ");
            String pointer = colon < 0 ? "" : line.substring(0, colon);
            int culprit = -1;
            for (int i = 0; i < ops.size(); i++) {
                for (String field : List.of("path", "from")) {
                    JsonNode p = ops.get(i).get(field);
                    if (p != null && isPrefix(p.asText(), pointer)) culprit = i;
                }
            }
            String blamed = culprit < 0 ? "the patched subject is invalid"
                    : (at.isEmpty() ? "operation " + culprit : at + "/" + culprit) + " " + describe(ops.get(culprit)) + " gives an invalid subject";
            lines.add(origin + ": " + blamed + ": " + line);
        }
        return String.join("\n", lines);
    }

    private static boolean isPrefix(String path, String pointer) {
        return pointer.equals(path) || pointer.startsWith(path + "/") || path.isEmpty();
    }

    /**
     * Applies RFC 6902 operations to a JSON document, one at a time so that a failure names the
     * operation: {@code origin: /fix/1: cannot apply replace /layers/9/activation: …}.
     */
    static JsonNode applyToJson(JsonNode document, JsonNode operations, String origin, String at) {
        List<String> problems = problems(operations, at);
        String prefix = origin == null || origin.isEmpty() ? "" : origin + ": ";
        if (!problems.isEmpty()) throw new UserError(prefix + String.join("\n" + prefix, problems));
        JsonNode current = document;
        for (int i = 0; i < operations.size(); i++) {
            JsonNode op = operations.get(i);
            ArrayNode single = JsonNodeFactory.instance.arrayNode().add(op);
            try {
                current = JsonPatch.apply(single, current, STRICT);
            } catch (JsonPatchApplicationException e) {
                throw new UserError(prefix + at + "/" + i + ": cannot apply " + describe(op) + ": " + reason(e));
            }
        }
        return current;
    }

    /** The problems of a patch's JSON, each {@code at/i/field: what}; empty when the patch is well formed. */
    static List<String> problems(JsonNode operations, String at) {
        List<String> problems = new ArrayList<>();
        if (operations == null || !operations.isArray()) {
            problems.add((at.isEmpty() ? "/" : at) + ": expected an array of RFC 6902 operations, found "
                    + (operations == null ? "nothing" : SubjectReader.show(operations)));
            return problems;
        }
        for (int i = 0; i < operations.size(); i++) {
            JsonNode op = operations.get(i);
            String where = at + "/" + i;
            if (!op.isObject()) {
                problems.add(where + ": expected an operation object {\"op\": …, \"path\": …}, found " + SubjectReader.show(op));
                continue;
            }
            for (Iterator<String> it = op.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!OPERATION_FIELDS.contains(f)) {
                    String near = KerasNames.closest(f, List.of("op", "path", "value", "from"))
                            .map(n -> ", probably a typo for '" + n + "'").orElse("");
                    problems.add(where + "/" + f + ": unknown operation field '" + f + "'" + near
                            + " (expected one of: op, path, value, from)");
                }
            }
            JsonNode name = op.get("op");
            if (name == null || !name.isTextual() || !OPS.contains(name.asText())) {
                problems.add(where + "/op: " + (name == null ? "missing required field 'op'"
                        : "unknown operation " + SubjectReader.show(name)) + " (expected one of: " + String.join(", ", OPS) + ")");
                continue;
            }
            String kind = name.asText();
            pointer(op, "path", where, problems);
            if ((kind.equals("add") || kind.equals("replace") || kind.equals("test")) && !op.has("value")) {
                problems.add(where + "/value: missing required field 'value' (operation '" + kind + "' needs one)");
            }
            if (kind.equals("move") || kind.equals("copy")) pointer(op, "from", where, problems);
        }
        return problems;
    }

    private static void pointer(JsonNode op, String field, String where, List<String> problems) {
        JsonNode p = op.get(field);
        if (p == null) {
            problems.add(where + "/" + field + ": missing required field '" + field + "' (a JSON pointer such as \"/layers/0/activation\")");
        } else if (!p.isTextual() || !(p.asText().isEmpty() || p.asText().startsWith("/"))) {
            problems.add(where + "/" + field + ": expected a JSON pointer starting with '/' (e.g. \"/training/loss\"), found "
                    + SubjectReader.show(p));
        }
    }

    private static String describe(JsonNode op) {
        return "'" + op.get("op").asText() + " " + op.get("path").asText() + "'";
    }

    private static String reason(JsonPatchApplicationException e) {
        String m = e.getMessage();
        return m == null ? "the path does not exist" : m.replaceAll("\\s+", " ").trim();
    }
}

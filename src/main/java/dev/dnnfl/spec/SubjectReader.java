package dev.dnnfl.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and validates a subject JSON file into a {@link Subject}: Keras names canonicalised,
 * Keras defaults filled in, each layer given its Keras name, and the canonical JSON built.
 *
 * <p>Every problem of a file is reported at once: the reader collects them and throws one
 * {@link UserError} whose message has one line per problem, {@code file: /json/pointer: what},
 * naming the bad value and what is accepted.
 */
public final class SubjectReader {
    /** The top-level fields of a subject, in the order the canonical JSON writes them. */
    public static final List<String> SUBJECT_FIELDS = List.of("id", "task", "description", "dataset", "layers",
            "training", "ground_truth", "fix", "original", "notes", "assumptions");

    /** The fields of {@code dataset}, in canonical order ({@code features} may be a number or CSV columns). */
    public static final List<String> DATASET_FIELDS = datasetFields();

    /** The fields of {@code training}; the optimiser's own parameters follow the first five. */
    public static final List<String> TRAINING_FIELDS = trainingFields();

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String origin;
    private final Path baseDir;
    private final List<String> problems = new ArrayList<>();

    private SubjectReader(String origin, Path baseDir) {
        this.origin = origin;
        this.baseDir = baseDir;
    }

    /**
     * Reads a subject file. A missing or unreadable file, a JSON syntax error (with line and
     * column) or any invalid field throws {@link UserError}.
     */
    public static Subject read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw UserError.missingFile(file, "no such subject file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw UserError.missingFile(file, "not a UTF-8 text file (save the subject as UTF-8)");
        } catch (IOException e) {
            throw UserError.missingFile(file, "cannot read the subject file: " + e.getMessage());
        }
        // Editors on Windows start UTF-8 files with a byte-order mark; JSON parsers reject it.
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Path dir = file.toAbsolutePath().getParent();
        Subject s = parse(text, file.toString(), dir);
        return new Subject(s.id(), s.task(), s.dataset(), s.layers(), s.training(), s.groundTruth(), s.fix(),
                s.json(), file);
    }

    /** Reads a subject from JSON text; {@code origin} names it in messages, {@code baseDir} resolves paths. */
    public static Subject parse(String text, String origin, Path baseDir) {
        return fromJson(parseJson(text, origin), origin, baseDir);
    }

    /**
     * Validates a subject given as a JSON tree (for example a patched subject) and reads it.
     * The subject's {@code file} is {@code null}; {@code baseDir} resolves relative data paths.
     */
    public static Subject fromJson(JsonNode json, String origin, Path baseDir) {
        SubjectReader reader = new SubjectReader(origin, baseDir);
        Subject subject = reader.subject(json);
        if (!reader.problems.isEmpty()) throw new UserError(String.join("\n", reader.problems));
        return subject;
    }

    /** Parses JSON text strictly (no duplicate keys, no trailing content); a syntax error names line and column. */
    public static JsonNode parseJson(String text, String origin) {
        try {
            JsonNode node = mapper().readTree(text);
            if (node == null || node.isMissingNode()) throw UserError.atLine(origin, 1, 1, "empty file, expected a JSON object");
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 0 : at.getLineNr();
            long column = at == null ? 0 : at.getColumnNr();
            // Jackson appends where the enclosing value began, naming its own redacted source: noise to a user.
            String what = e.getOriginalMessage().replaceAll(
                    "\\s*\\(for (?:root|Object|Array) starting at \\[Source: [^\\]]*\\]\\)", "");
            if (line <= 0) throw new UserError(origin + ": JSON syntax error: " + what);
            throw UserError.atLine(origin, line, column, "JSON syntax error: " + what);
        }
    }

    /** The JSON mapper the spec stage uses: strict about duplicate keys and trailing tokens. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * The canonical form of a part of a subject that a patch replaces whole, with Keras
     * defaults filled in: a layer ({@code /layers/i}), the layer list, the training section or
     * the whole subject. A part that does not validate is returned unchanged (the patched
     * subject's validation reports it).
     */
    static JsonNode canonicalPart(List<String> tokens, JsonNode value) {
        if (value == null) return null;
        SubjectReader reader = new SubjectReader("", null);
        JsonNode result;
        if (tokens.isEmpty()) {
            Subject s = reader.subject(value);
            result = s == null ? null : s.json();
        } else if (tokens.size() == 1 && tokens.get(0).equals("training")) {
            ObjectNode c = NODES.objectNode();
            result = reader.training(value, c) == null ? null : c;
        } else if (tokens.size() == 1 && tokens.get(0).equals("layers")) {
            ArrayNode c = NODES.arrayNode();
            result = reader.layers(value, c) == null ? null : c;
        } else if (tokens.size() == 2 && tokens.get(0).equals("layers")) {
            ObjectNode c = NODES.objectNode();
            result = reader.layer(value, 0, new HashMap<>(), c) == null ? null : c;
        } else {
            result = value;
        }
        return result == null || !reader.problems.isEmpty() ? value : result;
    }

    // ---------------------------------------------------------------- subject

    private Subject subject(JsonNode root) {
        if (!root.isObject()) {
            problem("", "expected a JSON object (a subject), found " + kind(root));
            return null;
        }
        checkFields(root, "", SUBJECT_FIELDS, "subject field");
        ObjectNode canonical = NODES.objectNode();

        String id = string(root, "", "id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problem("/id", "expected letters, digits, '_', '.' or '-' (starting with a letter or digit), found " + quote(id));
        }
        if (id != null) canonical.put("id", id);
        String task = name(root, "", "task", Vocabulary.TASKS, true, null);
        if (task != null) canonical.put("task", task);
        String description = string(root, "", "description", false);
        if (description != null) canonical.put("description", description);

        DatasetSpec dataset = null;
        JsonNode datasetNode = required(root, "", "dataset");
        if (datasetNode != null) {
            ObjectNode c = NODES.objectNode();
            dataset = dataset(datasetNode, c);
            canonical.set("dataset", c);
        }
        List<LayerSpec> layers = null;
        JsonNode layersNode = required(root, "", "layers");
        if (layersNode != null) {
            ArrayNode c = NODES.arrayNode();
            layers = layers(layersNode, c);
            canonical.set("layers", c);
        }
        TrainingSpec training = null;
        JsonNode trainingNode = required(root, "", "training");
        if (trainingNode != null) {
            ObjectNode c = NODES.objectNode();
            training = training(trainingNode, c);
            canonical.set("training", c);
        }
        if (layers != null && dataset != null) {
            try {
                Shapes.infer(layers, Shapes.declaredInput(dataset), origin == null || origin.isEmpty() ? null : origin);
            } catch (UserError e) {
                problems.add(e.getMessage());
            }
        }

        Optional<FaultList> groundTruth = Optional.empty();
        if (root.has("ground_truth")) {
            ArrayNode c = NODES.arrayNode();
            int layerCount = layersNode != null && layersNode.isArray() ? layersNode.size() : -1;
            FaultList gt = groundTruth(root.get("ground_truth"), layerCount, c);
            if (gt != null) {
                groundTruth = Optional.of(gt);
                canonical.set("ground_truth", c);
            }
        }
        JsonNode fix = null;
        if (root.has("fix")) {
            List<String> patchProblems = Patch.problems(root.get("fix"), "/fix");
            for (String p : patchProblems) problems.add(prefix() + p);
            if (patchProblems.isEmpty()) {
                fix = root.get("fix").deepCopy();
                canonical.set("fix", fix);
            }
        }
        if (root.has("original")) canonical.set("original", root.get("original").deepCopy());
        if (root.has("notes")) canonical.set("notes", root.get("notes").deepCopy());
        // Benchmark subjects list the values their specification leaves open, as strings.
        if (root.has("assumptions")) canonical.set("assumptions", root.get("assumptions").deepCopy());

        if (!problems.isEmpty()) return null;
        if (fix != null) checkFix(canonical, fix);
        if (!problems.isEmpty()) return null;
        return new Subject(id, task, dataset, layers, training, groundTruth, fix, canonical, null);
    }

    /** The fix must apply to the subject and give a valid subject. */
    private void checkFix(ObjectNode canonical, JsonNode fix) {
        ObjectNode program = canonical.deepCopy();
        program.remove("ground_truth");
        program.remove("fix");
        try {
            JsonNode fixed = Patch.applyToJson(program, fix, origin, "/fix");
            fromJson(fixed, origin + " (after /fix)", baseDir);
        } catch (UserError e) {
            problems.add(e.getMessage());
        }
    }

    // ---------------------------------------------------------------- dataset

    private DatasetSpec dataset(JsonNode node, ObjectNode c) {
        String at = "/dataset";
        if (!isObject(node, at, "an object (the dataset)")) return null;
        checkFields(node, at, DATASET_FIELDS, "dataset field");
        String source = name(node, at, "source", Vocabulary.DATASET_SOURCES, true, null);
        boolean synthetic = source != null && source.startsWith("synthetic:");
        boolean fileSource = source != null && Vocabulary.FILE_SOURCES.contains(source);
        if (source != null) c.put("source", source);

        String path = string(node, at, "path", false);
        if (path != null && synthetic) problem(at + "/path", "a synthetic source is generated, it reads no file (remove 'path')");
        if (path == null && fileSource) problem(at + "/path", "missing required field: source '" + source + "' reads files, give their 'path'");
        if (path != null && baseDir != null && !synthetic) {
            Path resolved = baseDir.resolve(path);
            if (!Files.exists(resolved)) problem(at + "/path", "no such file or folder: " + resolved);
        }
        if (path != null) c.put("path", path);
        String labels = string(node, at, "labels", false);
        if (labels != null && synthetic) problem(at + "/labels", "a synthetic source generates its labels (remove 'labels')");
        if (labels != null) c.put("labels", labels);
        String labelColumn = string(node, at, "label", false);
        if (labelColumn != null && !("csv".equals(source) || "arff".equals(source))) {
            problem(at + "/label", "'label' names a CSV or ARFF column; source " + quote(source) + " has none");
        }
        if (labelColumn != null) c.put("label", labelColumn);

        Map<String, Double> parameters = new LinkedHashMap<>();
        List<String> featureColumns = null;
        JsonNode features = node.get("features");
        if (features != null && features.isArray()) {
            featureColumns = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                JsonNode f = features.get(i);
                if (!f.isTextual()) problem(at + "/features/" + i, "expected a column name (string), found " + kind(f));
                else featureColumns.add(f.asText());
            }
            c.set("features", features.deepCopy());
        }

        Integer train = integer(node, at, "train", 1, true, null);
        if (train != null) c.put("train", train);
        Integer test = integer(node, at, "test", 0, true, null);
        if (test != null) c.put("test", test);
        // Keras' validation_split: holding out every training sample (1.0) leaves nothing to train on.
        Double validation = number(node, at, "validation", 0.0, 1.0, false, false, Vocabulary.DEFAULT_VALIDATION);
        if (validation != null) c.put("validation", validation);
        Long seed = longInteger(node, at, "seed", Vocabulary.DEFAULT_DATASET_SEED);
        if (seed != null) c.put("seed", seed);
        Boolean shuffle = bool(node, at, "shuffle", true);
        if (shuffle != null) c.put("shuffle", shuffle);
        List<Integer> shape = null;
        if (node.has("shape")) {
            shape = intList(node.get("shape"), at + "/shape", 1, 3);
            if (shape != null) c.set("shape", intArray(shape));
        }

        List<String> accepted = source == null ? Vocabulary.DATASET_PARAMETERS
                : Vocabulary.SYNTHETIC_PARAMETERS.getOrDefault(source, List.of());
        for (String p : Vocabulary.DATASET_PARAMETERS) {
            if (!node.has(p) || (p.equals("features") && features.isArray())) continue;
            if (!accepted.contains(p)) {
                problem(at + "/" + p, "source " + quote(source) + " takes no parameter '" + p + "'"
                        + (accepted.isEmpty() ? "" : " (expected one of: " + String.join(", ", accepted) + ")"));
                continue;
            }
            if (Vocabulary.INTEGER_DATASET_PARAMETERS.contains(p)) {
                int min = p.equals("classes") ? 2 : p.equals("counts") || p.equals("nonlinear") ? 0 : 1;
                Integer v = integer(node, at, p, min, false, null);
                if (v != null && (p.equals("counts") || p.equals("nonlinear")) && v > 1) {
                    problem(at + "/" + p, "expected 0 or 1, found " + v);
                } else if (v != null) {
                    parameters.put(p, v.doubleValue());
                    c.put(p, v);
                }
            } else {
                Double v = number(node, at, p, 0.0, Double.MAX_VALUE, true, false, null);
                if (v != null) {
                    parameters.put(p, v);
                    c.put(p, v);
                }
            }
        }
        if (featureColumns != null && source != null && !(source.equals("csv") || source.equals("arff"))) {
            problem(at + "/features", "a list of columns applies to CSV or ARFF files"
                    + (synthetic ? "; a synthetic source takes a number of features" : ""));
        }

        List<PreprocessingStep> steps = new ArrayList<>();
        ArrayNode stepsJson = NODES.arrayNode();
        JsonNode pre = node.get("preprocessing");
        if (pre != null) {
            if (!pre.isArray()) {
                problem(at + "/preprocessing", "expected an array of steps, found " + kind(pre));
            } else {
                for (int i = 0; i < pre.size(); i++) {
                    PreprocessingStep step = step(pre.get(i), at + "/preprocessing/" + i, stepsJson);
                    if (step != null) steps.add(step);
                }
            }
        }
        c.set("preprocessing", stepsJson);
        if (source == null || train == null || test == null || validation == null || seed == null || shuffle == null) {
            return null;    // the problem is already recorded
        }
        return new DatasetSpec(source, path, labels, train, test, validation, seed, shuffle, steps, parameters,
                shape, labelColumn, featureColumns, baseDir);
    }

    private PreprocessingStep step(JsonNode node, String at, ArrayNode out) {
        if (node.isTextual()) {
            Optional<String> op = Vocabulary.PREPROCESSING.canonical(node.asText());
            if (op.isEmpty()) {
                problem(at, Vocabulary.PREPROCESSING.unknown(node.asText()));
                return null;
            }
            if (Vocabulary.PREPROCESSING_WITH_FACTOR.contains(op.get())) {
                problem(at, "step '" + op.get() + "' needs a factor: write {\"op\": \"" + op.get() + "\", \"factor\": …}");
                return null;
            }
            PreprocessingStep step = new PreprocessingStep(op.get(), null, defaultTarget(op.get()), "all");
            out.add(op.get());
            return step;
        }
        if (!isObject(node, at, "a step name or an object with 'op'")) return null;
        checkFields(node, at, List.of("op", "factor", "target", "split"), "preprocessing field");
        String op = name(node, at, "op", Vocabulary.PREPROCESSING, true, null);
        Double factor = null;
        if (op != null && Vocabulary.PREPROCESSING_WITH_FACTOR.contains(op)) {
            factor = number(node, at, "factor", -Double.MAX_VALUE, Double.MAX_VALUE, true, true, null);
            if (factor == null && !node.has("factor")) problem(at + "/factor", "missing required field: step '" + op + "' needs a factor");
        } else if (node.has("factor")) {
            problem(at + "/factor", "step " + quote(op) + " takes no factor (only " + String.join(", ",
                    new TreeSet<>(Vocabulary.PREPROCESSING_WITH_FACTOR)) + " do)");
        }
        String target = name(node, at, "target", Vocabulary.PREPROCESSING_TARGETS, false,
                op == null ? "x" : defaultTarget(op));
        String split = name(node, at, "split", Vocabulary.SPLITS, false, "all");
        if (op == null || target == null || split == null) return null;
        if (op.equals("one_hot") && target.equals("x")) problem(at + "/target", "one_hot encodes labels: its target is 'y'");
        if (op.equals("flatten") && target.equals("y")) problem(at + "/target", "flatten reshapes inputs: its target is 'x'");
        ObjectNode c = NODES.objectNode();
        c.put("op", op);
        if (factor != null) c.put("factor", factor);
        c.put("target", target);
        c.put("split", split);
        boolean plain = factor == null && split.equals("all") && target.equals(defaultTarget(op));
        if (plain) out.add(op);
        else out.add(c);
        return new PreprocessingStep(op, factor, target, split);
    }

    private static String defaultTarget(String op) {
        return op.equals("one_hot") ? "y" : "x";
    }

    // ---------------------------------------------------------------- layers

    private List<LayerSpec> layers(JsonNode node, ArrayNode out) {
        if (!node.isArray()) {
            problem("/layers", "expected an array of layers, found " + kind(node));
            return null;
        }
        if (node.isEmpty()) {
            problem("/layers", "a model needs at least one layer");
            return null;
        }
        List<LayerSpec> layers = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        boolean complete = true;
        for (int i = 0; i < node.size(); i++) {
            ObjectNode c = NODES.objectNode();
            LayerSpec layer = layer(node.get(i), i, counts, c);
            out.add(c);
            if (layer == null) complete = false;
            else layers.add(layer);
        }
        return complete ? layers : null;
    }

    private LayerSpec layer(JsonNode node, int index, Map<String, Integer> counts, ObjectNode c) {
        String at = "/layers/" + index;
        if (!isObject(node, at, "an object (a layer)")) return null;
        String type = name(node, at, "type", Vocabulary.LAYER_TYPES, true, null);
        if (type == null) return null;
        c.put("type", type);
        List<String> fields = Vocabulary.LAYER_FIELDS.get(type);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (fields.contains(f)) continue;
            boolean otherType = Vocabulary.LAYER_FIELDS.values().stream().anyMatch(l -> l.contains(f));
            if (f.equals("input_shape") || f.equals("input_dim")) {
                // Keras puts the input shape on the first layer; a subject declares it with its data.
                problem(at + "/" + f, "the input shape is the data's: declare it as /dataset/shape (channels last), "
                        + "or leave it to the loaded data");
            } else if (otherType) {
                problem(at + "/" + f, "field '" + f + "' does not apply to a " + type + " layer (expected one of: "
                        + String.join(", ", fields) + ")");
            } else {
                unknownField(at, f, fields, "layer field");
            }
        }
        List<String> required = Vocabulary.REQUIRED_LAYER_FIELDS.get(type);
        int before = problems.size();

        Integer units = null, filters = null;
        List<Integer> kernel = null, strides = null, pool = null;
        String padding = null, activation = null;
        Double rate = null;
        boolean useBias = false;
        Initializer kernelInit = null, biasInit = null;
        Regularizer regularizer = null;
        if (fields.contains("units")) {
            units = integer(node, at, "units", 1, required.contains("units"), null);
            if (units != null) c.put("units", units);
        }
        if (fields.contains("filters")) {
            filters = integer(node, at, "filters", 1, true, null);
            if (filters != null) c.put("filters", filters);
        }
        if (fields.contains("kernel")) {
            kernel = window(node, at, "kernel", null);
            if (kernel != null) c.set("kernel", intArray(kernel));
        }
        if (fields.contains("pool")) {
            pool = window(node, at, "pool", Vocabulary.DEFAULT_POOL);
            if (pool != null) c.set("pool", intArray(pool));
        }
        if (fields.contains("strides")) {
            List<Integer> defaultStrides = type.equals("conv2d") ? Vocabulary.DEFAULT_CONV_STRIDES : pool;
            strides = window(node, at, "strides", defaultStrides);
            if (strides != null) c.set("strides", intArray(strides));
        }
        if (fields.contains("padding")) {
            padding = name(node, at, "padding", Vocabulary.PADDINGS, false, Vocabulary.DEFAULT_PADDING);
            if (padding != null) c.put("padding", padding);
        }
        if (fields.contains("rate")) {
            rate = number(node, at, "rate", 0.0, 1.0, true, false, null);
            if (rate == null && !node.has("rate")) problem(at + "/rate", "missing required field 'rate' (the fraction of inputs dropped, in [0, 1))");
            if (rate != null) c.put("rate", rate);
        }
        if (fields.contains("activation")) {
            activation = name(node, at, "activation", Vocabulary.ACTIVATIONS, type.equals("activation"),
                    Vocabulary.DEFAULT_ACTIVATION);
            if (activation != null) c.put("activation", activation);
        }
        if (fields.contains("use_bias")) {
            Boolean b = bool(node, at, "use_bias", Vocabulary.DEFAULT_USE_BIAS);
            if (b != null) {
                useBias = b;
                c.put("use_bias", b);
            }
        }
        if (fields.contains("kernel_initializer")) {
            kernelInit = initializer(node, at, "kernel_initializer", Vocabulary.DEFAULT_KERNEL_INITIALIZER, c);
        }
        if (fields.contains("bias_initializer")) {
            biasInit = initializer(node, at, "bias_initializer", Vocabulary.DEFAULT_BIAS_INITIALIZER, c);
        }
        if (fields.contains("kernel_regularizer")) {
            regularizer = regularizer(node, at, c);
        }
        if (problems.size() > before) return null;
        int nth = counts.merge(type, 1, Integer::sum) - 1;
        String name = Vocabulary.kerasLayerName(type, nth);
        return new LayerSpec(index, name, type, units, filters, kernel, strides, padding, pool, rate, activation,
                useBias, kernelInit, biasInit, regularizer);
    }

    private List<Integer> window(JsonNode node, String at, String field, List<Integer> defaultValue) {
        JsonNode v = node.get(field);
        if (v == null) {
            if (defaultValue == null) problem(at + "/" + field, "missing required field '" + field + "' (an integer or [height, width])");
            return defaultValue;
        }
        if (isInteger(v) && v.asLong() >= 1 && v.asLong() <= Integer.MAX_VALUE) return List.of(v.asInt(), v.asInt());
        if (v.isArray() && v.size() == 2 && isInteger(v.get(0)) && isInteger(v.get(1))
                && v.get(0).asLong() >= 1 && v.get(1).asLong() >= 1) {
            return List.of(v.get(0).asInt(), v.get(1).asInt());
        }
        problem(at + "/" + field, "expected an integer >= 1 or [height, width] of integers >= 1, found " + show(v));
        return null;
    }

    private Initializer initializer(JsonNode node, String at, String field, String defaultName, ObjectNode c) {
        JsonNode v = node.get(field);
        String where = at + "/" + field;
        if (v == null) {
            Initializer init = new Initializer(defaultName, Vocabulary.INITIALIZER_DEFAULTS.get(defaultName));
            c.put(field, defaultName);
            return init;
        }
        String spelled;
        JsonNode params = null;
        if (v.isTextual()) {
            spelled = v.asText();
        } else if (v.isObject()) {
            JsonNode n = v.get("name");
            if (n == null || !n.isTextual()) {
                problem(where + "/name", n == null ? "missing required field 'name' (the initializer, e.g. \"random_normal\")"
                        : "expected an initializer name (string), found " + show(n));
                return null;
            }
            spelled = n.asText();
            params = v;
        } else {
            problem(where, "expected an initializer name or an object {\"name\": …, parameters…}, found " + show(v));
            return null;
        }
        Optional<String> canonical = Vocabulary.INITIALIZERS.canonical(spelled);
        if (canonical.isEmpty()) {
            problem(params == null ? where : where + "/name", Vocabulary.INITIALIZERS.unknown(spelled));
            return null;
        }
        String name = canonical.get();
        Map<String, Double> defaults = Vocabulary.INITIALIZER_DEFAULTS.get(name);
        Map<String, Double> values = new LinkedHashMap<>(defaults);
        boolean ok = true;
        if (params != null) {
            List<String> allowed = new ArrayList<>();
            allowed.add("name");
            allowed.addAll(defaults.keySet());
            for (Iterator<String> it = params.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (f.equals("name")) continue;
                if (!defaults.containsKey(f)) {
                    problem(where + "/" + f, "initializer '" + name + "' has no parameter '" + f + "' (expected one of: "
                            + (defaults.isEmpty() ? "no parameters" : String.join(", ", defaults.keySet())) + ")");
                    ok = false;
                    continue;
                }
                JsonNode p = params.get(f);
                if (!p.isNumber()) {
                    problem(where + "/" + f, "expected a number, found " + show(p));
                    ok = false;
                } else {
                    values.put(f, p.asDouble());
                }
            }
        }
        if (!ok) return null;
        if (name.equals("random_uniform") && values.get("minval") > values.get("maxval")) {
            problem(where, "minval " + values.get("minval") + " is above maxval " + values.get("maxval"));
            return null;
        }
        if (values.equals(defaults)) {
            c.put(field, name);
        } else {
            ObjectNode o = NODES.objectNode();
            o.put("name", name);
            values.forEach(o::put);
            c.set(field, o);
        }
        return new Initializer(name, values);
    }

    private Regularizer regularizer(JsonNode node, String at, ObjectNode c) {
        JsonNode v = node.get("kernel_regularizer");
        String where = at + "/kernel_regularizer";
        if (v == null || v.isNull()) return null;
        double l1 = 0, l2 = 0;
        if (v.isTextual()) {
            // Keras' string forms use its default factor 0.01 (tf.keras.regularizers.l1/l2/l1_l2).
            switch (KerasNames.normalise(v.asText())) {
                case "l1" -> l1 = 0.01;
                case "l2" -> l2 = 0.01;
                case "l1_l2" -> {
                    l1 = 0.01;
                    l2 = 0.01;
                }
                default -> {
                    problem(where, "unknown regularizer '" + v.asText() + "' (expected one of: l1, l2, l1_l2, or an object {\"l1\": …, \"l2\": …})");
                    return null;
                }
            }
        } else if (v.isObject()) {
            checkFields(v, where, List.of("l1", "l2"), "regularizer field");
            if (!v.has("l1") && !v.has("l2")) {
                problem(where, "expected at least one of l1, l2 (e.g. {\"l2\": 0.01})");
                return null;
            }
            Double a = number(v, where, "l1", 0.0, Double.MAX_VALUE, true, false, 0.0);
            Double b = number(v, where, "l2", 0.0, Double.MAX_VALUE, true, false, 0.0);
            if (a == null || b == null) return null;
            l1 = a;
            l2 = b;
        } else {
            problem(where, "expected an object {\"l1\": …, \"l2\": …} or one of l1, l2, l1_l2, found " + show(v));
            return null;
        }
        ObjectNode o = NODES.objectNode();
        if (l1 > 0) o.put("l1", l1);
        if (l2 > 0) o.put("l2", l2);
        if (l1 == 0 && l2 == 0) o.put("l2", 0.0);
        c.set("kernel_regularizer", o);
        return new Regularizer(l1, l2);
    }

    // ---------------------------------------------------------------- training

    private TrainingSpec training(JsonNode node, ObjectNode c) {
        String at = "/training";
        if (!isObject(node, at, "an object (the training)")) return null;
        List<String> known = new ArrayList<>(TRAINING_FIELDS);
        known.add("lr");
        checkFields(node, at, known, "training field");
        String optimizer = name(node, at, "optimizer", Vocabulary.OPTIMIZERS, true, null);
        if (optimizer != null) c.put("optimizer", optimizer);
        String lrField = "learning_rate";
        if (node.has("lr")) {
            if (node.has("learning_rate")) problem(at + "/lr", "both 'lr' and 'learning_rate' given; keep 'learning_rate'");
            else lrField = "lr";
        }
        Double lr = number(node, at, lrField, 0.0, Double.MAX_VALUE, false, true,
                optimizer == null ? null : Vocabulary.defaultLearningRate(optimizer));
        if (lr != null) c.put("learning_rate", lr);
        String loss = name(node, at, "loss", Vocabulary.LOSSES, true, null);
        if (loss != null) c.put("loss", loss);
        Integer batch = integer(node, at, "batch_size", 1, false, Vocabulary.DEFAULT_BATCH_SIZE);
        if (batch != null) c.put("batch_size", batch);
        Integer epochs = integer(node, at, "epochs", 1, false, Vocabulary.DEFAULT_EPOCHS);
        if (epochs != null) c.put("epochs", epochs);

        Map<String, Double> parameters = new LinkedHashMap<>();
        if (optimizer != null) {
            Map<String, Double> defaults = Vocabulary.OPTIMIZER_DEFAULTS.get(optimizer);
            parameters.putAll(defaults);
            for (String f : TRAINING_FIELDS.subList(5, TRAINING_FIELDS.size())) {
                if (!node.has(f)) continue;
                if (!defaults.containsKey(f)) {
                    problem(at + "/" + f, "optimizer '" + optimizer + "' has no parameter '" + f + "' (expected one of: "
                            + String.join(", ", defaults.keySet()) + ")");
                    continue;
                }
                if (Vocabulary.BOOLEAN_OPTIMIZER_PARAMETERS.contains(f)) {
                    Boolean b = bool(node, at, f, false);
                    if (b != null) {
                        parameters.put(f, b ? 1.0 : 0.0);
                        if ((b ? 1.0 : 0.0) != defaults.get(f)) c.put(f, b);
                    }
                } else {
                    // Keras: rho and the betas are decay rates in [0, 1), momentum in [0, 1].
                    boolean unitOpen = f.equals("rho") || f.startsWith("beta");
                    double upper = unitOpen || f.equals("momentum") ? 1.0 : Double.MAX_VALUE;
                    Double v = number(node, at, f, 0.0, upper, true, !unitOpen, null);
                    if (v != null) {
                        parameters.put(f, v);
                        // Only values that differ from Keras' default are written, so that the canonical
                        // JSON (and its hash) does not depend on whether a default was spelt out, and
                        // a patch that changes the optimiser leaves no parameter the new one lacks.
                        if (!v.equals(defaults.get(f))) c.put(f, v);
                    }
                }
            }
        }
        if (optimizer == null || lr == null || loss == null || batch == null || epochs == null) return null;
        return new TrainingSpec(optimizer, lr, loss, batch, epochs, parameters);
    }

    private static List<String> datasetFields() {
        Set<String> all = new LinkedHashSet<>(List.of("source", "path", "labels", "label", "train", "test",
                "validation", "seed", "shuffle", "shape"));
        all.addAll(Vocabulary.DATASET_PARAMETERS);
        all.add("preprocessing");
        return List.copyOf(all);
    }

    private static List<String> trainingFields() {
        Set<String> all = new LinkedHashSet<>(List.of("optimizer", "learning_rate", "loss", "batch_size", "epochs"));
        Vocabulary.OPTIMIZER_DEFAULTS.values().forEach(m -> all.addAll(m.keySet()));
        return List.copyOf(all);
    }

    // ---------------------------------------------------------------- ground truth

    private FaultList groundTruth(JsonNode node, int layerCount, ArrayNode out) {
        String at = "/ground_truth";
        List<FaultGroup> groups = new ArrayList<>();
        if (node.isTextual()) {
            FaultList parsed = faults(node.asText(), at);
            if (parsed == null) return null;
            groups.addAll(parsed.groups());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (!item.isTextual()) {
                    problem(at + "/" + i, "expected a fault in the study's notation (e.g. \"ACH(5)\"), found " + show(item));
                    continue;
                }
                FaultList parsed = faults(item.asText(), at + "/" + i);
                if (parsed == null) continue;
                groups.addAll(parsed.groups());
            }
        } else {
            problem(at, "expected an array of faults (e.g. [\"ACH(5)\", \"HLR\"]) or a string in the study's notation, found " + show(node));
            return null;
        }
        boolean ok = true;
        if (layerCount >= 0) {
            for (int g = 0; g < groups.size(); g++) {
                for (Fault f : groups.get(g).readings()) {
                    // LRM(i) names the place a missing layer goes, which may be after the last layer.
                    int max = f.type() == FaultType.LRM ? layerCount : layerCount - 1;
                    for (int layer : f.layers()) {
                        if (layer > max) {
                            problem(at, "fault " + f + " names layer " + layer + ", but the model's layers are numbered 0 to "
                                    + (layerCount - 1));
                            ok = false;
                        }
                    }
                }
            }
        }
        if (!ok) return null;
        for (FaultGroup g : groups) out.add(g.toString());
        return new FaultList(groups, false);
    }

    private FaultList faults(String text, String at) {
        try {
            FaultList parsed = FaultList.parse(text);
            if (parsed.notApplicable()) {
                problem(at, "N/A is a tool's answer, not a ground truth (write [] for a correct program)");
                return null;
            }
            return parsed;
        } catch (UserError e) {
            problem(at, e.getMessage());
            return null;
        }
    }

    // ---------------------------------------------------------------- field helpers

    private void problem(String pointer, String what) {
        problems.add(prefix() + (pointer.isEmpty() ? "/" : pointer) + ": " + what);
    }

    private String prefix() {
        return origin == null || origin.isEmpty() ? "" : origin + ": ";
    }

    private void checkFields(JsonNode node, String at, List<String> known, String what) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) unknownField(at, f, known, what);
        }
    }

    private void unknownField(String at, String field, List<String> known, String what) {
        Optional<String> near = KerasNames.closest(field, known);
        problem(at + "/" + field, "unknown " + what + " '" + field + "'"
                + near.map(n -> ", probably a typo for '" + n + "'").orElse("")
                + " (expected one of: " + String.join(", ", known) + ")");
    }

    private boolean isObject(JsonNode node, String at, String expected) {
        if (node.isObject()) return true;
        problem(at, "expected " + expected + ", found " + show(node));
        return false;
    }

    private JsonNode required(JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            problem(at + "/" + field, "missing required field '" + field + "'");
            return null;
        }
        return v;
    }

    private String string(JsonNode node, String at, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) problem(at + "/" + field, "missing required field '" + field + "'");
            return null;
        }
        if (!v.isTextual()) {
            problem(at + "/" + field, "expected a string, found " + show(v));
            return null;
        }
        return v.asText();
    }

    private String name(JsonNode node, String at, String field, KerasNames names, boolean required, String defaultValue) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) problem(at + "/" + field, "missing required field '" + field + "' (expected one of: " + names.expected() + ")");
            return defaultValue;
        }
        if (!v.isTextual()) {
            problem(at + "/" + field, "expected a " + names.what() + " name (one of: " + names.expected() + "), found " + show(v));
            return null;
        }
        Optional<String> canonical = names.canonical(v.asText());
        if (canonical.isEmpty()) {
            problem(at + "/" + field, names.unknown(v.asText()));
            return null;
        }
        return canonical.get();
    }

    private Integer integer(JsonNode node, String at, String field, int min, boolean required, Integer defaultValue) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) problem(at + "/" + field, "missing required field '" + field + "' (an integer >= " + min + ")");
            return defaultValue;
        }
        if (!isInteger(v) || v.asLong() < min || v.asLong() > Integer.MAX_VALUE) {
            problem(at + "/" + field, "expected an integer >= " + min + ", found " + show(v));
            return null;
        }
        return v.asInt();
    }

    private Long longInteger(JsonNode node, String at, String field, long defaultValue) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return defaultValue;
        if (!isInteger(v)) {
            problem(at + "/" + field, "expected an integer, found " + show(v));
            return null;
        }
        return v.asLong();
    }

    private Double number(JsonNode node, String at, String field, double min, double max, boolean minInclusive,
                          boolean maxInclusive, Double defaultValue) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return defaultValue;
        double d = v.asDouble();
        boolean inRange = v.isNumber() && Double.isFinite(d)
                && (minInclusive ? d >= min : d > min) && (maxInclusive ? d <= max : d < max);
        if (!inRange) {
            String bounds = range(min, max, minInclusive, maxInclusive);
            problem(at + "/" + field, "expected a number" + (bounds.isEmpty() ? "" : " " + bounds) + ", found " + show(v));
            return null;
        }
        return d;
    }

    private static String range(double min, double max, boolean minInclusive, boolean maxInclusive) {
        if (min == -Double.MAX_VALUE && max == Double.MAX_VALUE) return "";   // any finite number
        String low = (minInclusive ? ">= " : "> ") + trim(min);
        if (max == Double.MAX_VALUE) return low;
        if (min == -Double.MAX_VALUE) return (maxInclusive ? "<= " : "< ") + trim(max);
        return "in " + (minInclusive ? "[" : "(") + trim(min) + ", " + trim(max) + (maxInclusive ? "]" : ")");
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private Boolean bool(JsonNode node, String at, String field, boolean defaultValue) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return defaultValue;
        if (!v.isBoolean()) {
            problem(at + "/" + field, "expected true or false, found " + show(v));
            return null;
        }
        return v.asBoolean();
    }

    private List<Integer> intList(JsonNode v, String at, int minLength, int maxLength) {
        if (v.isArray() && v.size() >= minLength && v.size() <= maxLength) {
            List<Integer> out = new ArrayList<>();
            for (JsonNode e : v) {
                if (!isInteger(e) || e.asLong() < 1 || e.asLong() > Integer.MAX_VALUE) {
                    out = null;
                    break;
                }
                out.add(e.asInt());
            }
            if (out != null) return out;
        }
        problem(at, "expected an array of " + minLength + " to " + maxLength + " integers >= 1 (channels last), found " + show(v));
        return null;
    }

    private static boolean isInteger(JsonNode v) {
        if (v.isIntegralNumber()) return v.canConvertToLong();
        return v.isNumber() && Double.isFinite(v.asDouble()) && v.asDouble() == Math.rint(v.asDouble());
    }

    private static ArrayNode intArray(List<Integer> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> v.getNodeType().toString().toLowerCase();
        };
    }

    /** A value as it appears in JSON, shortened: {@code "ten"}, {@code 0.5}, {@code [3, 3]}. */
    static String show(JsonNode v) {
        String text = v.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static String quote(String s) {
        return s == null ? "(unknown)" : "'" + s + "'";
    }
}

package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provenance of a set of trained DeepFD classifiers, kept as {@code metadata.json} next to
 * the models: the feature schema (names and hash), the training set (hash, rows, variants,
 * subjects), the seed, the date, the Weka version, the cross-validated scores, the SHA-256 of
 * every model file, the feature scaling, and free-form notes on how the set was made.
 */
public record ClassifierMetadata(String schemaSha256, List<String> featureNames, String trainingSetSha256,
                                 int trainingRows, int trainingVariants, List<String> trainingSubjects,
                                 long seed, int folds, String created, String wekaVersion,
                                 Map<ClassifierKind, Map<DeepFdLabel, LabelScore>> scores,
                                 Map<String, String> fileSha256, FeatureScaling scaling, Map<String, String> notes) {
    /** The file name of the metadata in a classifier folder. */
    public static final String FILE = "metadata.json";

    public ClassifierMetadata {
        featureNames = List.copyOf(featureNames);
        trainingSubjects = List.copyOf(trainingSubjects);
        Map<ClassifierKind, Map<DeepFdLabel, LabelScore>> s = new EnumMap<>(ClassifierKind.class);
        scores.forEach((k, v) -> s.put(k, Map.copyOf(new EnumMap<>(v))));
        scores = Map.copyOf(s);
        fileSha256 = Map.copyOf(new TreeMap<>(fileSha256));
        notes = Map.copyOf(new TreeMap<>(notes));
    }

    /** The metadata as JSON. */
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", 1);
        ObjectNode schema = root.putObject("feature_schema");
        schema.put("sha256", schemaSha256);
        schema.put("size", featureNames.size());
        ArrayNode names = schema.putArray("names");
        featureNames.forEach(names::add);
        ObjectNode training = root.putObject("training_set");
        training.put("sha256", trainingSetSha256);
        training.put("rows", trainingRows);
        training.put("variants", trainingVariants);
        ArrayNode subjects = training.putArray("subjects");
        trainingSubjects.forEach(subjects::add);
        root.put("seed", seed);
        root.put("cross_validation_folds", folds);
        root.put("cross_validation_grouping", "variant (all runs of a variant fall in one fold)");
        root.put("created", created);
        root.put("weka_version", wekaVersion);
        ObjectNode sc = root.putObject("scores");
        for (ClassifierKind k : ClassifierKind.values()) {
            Map<DeepFdLabel, LabelScore> byLabel = scores.get(k);
            if (byLabel == null) continue;
            ObjectNode kn = sc.putObject(k.name());
            for (DeepFdLabel l : DeepFdLabel.values()) {
                LabelScore ls = byLabel.get(l);
                if (ls == null) continue;
                ObjectNode ln = kn.putObject(l.key());
                ln.put("precision", ls.precision());
                ln.put("recall", ls.recall());
                ln.put("f1", ls.f1());
                ln.put("positives", ls.positives());
                ln.put("rows", ls.rows());
            }
        }
        ObjectNode files = root.putObject("files");
        fileSha256.forEach(files::put);
        ObjectNode scalingNode = root.putObject("scaling");
        ArrayNode min = scalingNode.putArray("min");
        for (double d : scaling.min()) min.add(d);
        ArrayNode max = scalingNode.putArray("max");
        for (double d : scaling.max()) max.add(d);
        ObjectNode notesNode = root.putObject("notes");
        notes.forEach(notesNode::put);
        return root;
    }

    /** Reads metadata written by {@link #toJson}; a missing field is an {@link IllegalArgumentException}. */
    public static ClassifierMetadata fromJson(JsonNode root) {
        JsonNode schema = required(root, "feature_schema");
        List<String> names = new ArrayList<>();
        required(schema, "names").forEach(n -> names.add(n.asText()));
        JsonNode training = required(root, "training_set");
        List<String> subjects = new ArrayList<>();
        training.path("subjects").forEach(n -> subjects.add(n.asText()));
        Map<ClassifierKind, Map<DeepFdLabel, LabelScore>> scores = new EnumMap<>(ClassifierKind.class);
        root.path("scores").fields().forEachRemaining(e -> {
            Map<DeepFdLabel, LabelScore> byLabel = new EnumMap<>(DeepFdLabel.class);
            e.getValue().fields().forEachRemaining(l -> byLabel.put(DeepFdLabel.valueOf(l.getKey().toUpperCase(java.util.Locale.ROOT)),
                    new LabelScore(l.getValue().path("precision").asDouble(), l.getValue().path("recall").asDouble(),
                            l.getValue().path("f1").asDouble(), l.getValue().path("positives").asInt(),
                            l.getValue().path("rows").asInt())));
            scores.put(ClassifierKind.valueOf(e.getKey()), byLabel);
        });
        Map<String, String> files = new LinkedHashMap<>();
        required(root, "files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
        JsonNode scalingNode = required(root, "scaling");
        double[] min = doubles(required(scalingNode, "min"));
        double[] max = doubles(required(scalingNode, "max"));
        Map<String, String> notes = new LinkedHashMap<>();
        root.path("notes").fields().forEachRemaining(e -> notes.put(e.getKey(), e.getValue().asText()));
        return new ClassifierMetadata(required(schema, "sha256").asText(), names, training.path("sha256").asText(),
                training.path("rows").asInt(), training.path("variants").asInt(), subjects, root.path("seed").asLong(),
                root.path("cross_validation_folds").asInt(), root.path("created").asText(), root.path("weka_version").asText(),
                scores, files, new FeatureScaling(min, max), notes);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing field '" + field + "'");
        return v;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) out[i] = array.get(i).asDouble();
        return out;
    }
}

package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dnnfl.spec.UserError;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * DeepFD's trained classifiers: for each {@link ClassifierKind} one binary Weka model per
 * {@link DeepFdLabel} (15 models), the feature scaling they were trained with and their
 * {@link ClassifierMetadata}. Stored as a folder ({@code trained-classifiers/}) of
 * {@code <kind>-<label>.model} files (Weka serialisation) and {@code metadata.json}.
 *
 * <p>Prediction is synchronised: Weka's neighbour search keeps state between calls.
 */
public final class TrainedClassifiers {
    /** How the user retrains, quoted in every loading error. */
    public static final String RETRAIN = "retrain them with 'dnnfl deepfd train --subjects DIR' (see docs/readme-deepfd.md)";

    private final Map<ClassifierKind, Map<DeepFdLabel, Classifier>> models;
    private final ClassifierMetadata metadata;
    private final Instances header;

    private TrainedClassifiers(Map<ClassifierKind, Map<DeepFdLabel, Classifier>> models, ClassifierMetadata metadata) {
        this.models = models;
        this.metadata = metadata;
        this.header = header(metadata.featureNames());
    }

    /** The provenance and scores of this set. */
    public ClassifierMetadata metadata() {
        return metadata;
    }

    /** The SHA-256 of each model file by kind (for a diagnosis' provenance), from the metadata. */
    public Map<String, String> modelSha256() {
        return metadata.fileSha256();
    }

    /**
     * Trains the 15 models on a feature table: balance the rows (seeded, spec §7.3), fit the
     * scaling, cross-validate each model with {@code folds} folds grouped by variant (so the runs
     * of one mutant never sit on both sides, the spec's defect 13), then train on all rows.
     */
    public static TrainedClassifiers train(FeatureTable table, FeatureSchema schema, long seed, int folds,
                                           Map<String, String> notes) {
        if (!table.schemaSha256().equals(schema.sha256()) || !table.featureNames().equals(schema.names())) {
            throw new IllegalArgumentException("feature table was built for schema " + table.schemaSha256()
                    + ", not " + schema.sha256());
        }
        List<FeatureRow> rows = balance(table.rows(), new Random(seed));
        if (rows.isEmpty()) throw new IllegalArgumentException("no training rows");
        FeatureScaling scaling = FeatureScaling.fit(rows.stream().map(FeatureRow::features).toList());
        Map<ClassifierKind, Map<DeepFdLabel, Classifier>> models = new EnumMap<>(ClassifierKind.class);
        Map<ClassifierKind, Map<DeepFdLabel, LabelScore>> scores = new EnumMap<>(ClassifierKind.class);
        List<List<Integer>> foldRows = groupedFolds(rows, folds, new Random(seed + 1));
        try {
            for (ClassifierKind kind : ClassifierKind.values()) {
                Map<DeepFdLabel, Classifier> byLabel = new EnumMap<>(DeepFdLabel.class);
                Map<DeepFdLabel, LabelScore> scoreByLabel = new EnumMap<>(DeepFdLabel.class);
                for (DeepFdLabel label : DeepFdLabel.values()) {
                    Instances data = instances(table.featureNames(), rows, scaling, label);
                    scoreByLabel.put(label, crossValidate(kind, data, foldRows, seed));
                    Classifier c = kind.learner(seed);
                    c.buildClassifier(data);
                    byLabel.put(label, c);
                }
                models.put(kind, byLabel);
                scores.put(kind, scoreByLabel);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Weka training failed: " + e.getMessage(), e);
        }
        Set<String> variants = new TreeSet<>();
        Set<String> subjects = new TreeSet<>();
        for (FeatureRow r : table.rows()) {
            variants.add(r.subject() + "/" + r.variant());
            subjects.add(r.subject());
        }
        String tableSha = sha256(table.toInstances().toString().getBytes(StandardCharsets.UTF_8));
        Map<String, String> allNotes = new LinkedHashMap<>(notes);
        allNotes.put("balanced_rows", String.valueOf(rows.size()));
        allNotes.put("knn", "IBk k=5, Euclidean distance with Weka's per-attribute range normalisation, on min-max scaled features");
        allNotes.put("j48", "J48 defaults (C4.5, pruned, confidence 0.25); DeepFD used CART depth 5");
        allNotes.put("rf", "RandomForest 32 trees, max depth 10, 60 features per split, bag 100%");
        ClassifierMetadata metadata = new ClassifierMetadata(schema.sha256(), schema.names(), tableSha,
                table.rows().size(), variants.size(), List.copyOf(subjects), seed, foldRows.size(),
                Instant.now().toString(), weka.core.Version.VERSION, scores, Map.of(), scaling, allNotes);
        return new TrainedClassifiers(models, metadata);
    }

    /**
     * DeepFD's balancing (spec §7.3) with a seeded generator: per label, drop single-fault rows of
     * that label until m = max(50, the smallest per-label single-fault count) remain; drop
     * fault-free rows to m; keep every multi-fault row.
     */
    static List<FeatureRow> balance(List<FeatureRow> rows, Random random) {
        int m = Integer.MAX_VALUE;
        for (DeepFdLabel l : DeepFdLabel.values()) {
            int count = (int) rows.stream().filter(r -> r.seededFaults() == 1 && r.labels().contains(l)).count();
            m = Math.min(m, count);
        }
        m = Math.max(50, m);
        List<FeatureRow> kept = new ArrayList<>(rows);
        for (DeepFdLabel l : DeepFdLabel.values()) {
            kept = dropTo(kept, r -> r.seededFaults() == 1 && r.labels().contains(l), m, random);
        }
        return dropTo(kept, r -> r.seededFaults() == 0, m, random);
    }

    private static List<FeatureRow> dropTo(List<FeatureRow> rows, java.util.function.Predicate<FeatureRow> which, int m,
                                           Random random) {
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) if (which.test(rows.get(i))) matching.add(i);
        if (matching.size() <= m) return rows;
        Collections.shuffle(matching, random);
        Set<Integer> drop = new TreeSet<>(matching.subList(m, matching.size()));
        List<FeatureRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) if (!drop.contains(i)) out.add(rows.get(i));
        return out;
    }

    private static List<List<Integer>> groupedFolds(List<FeatureRow> rows, int folds, Random random) {
        Map<String, List<Integer>> byVariant = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byVariant.computeIfAbsent(rows.get(i).subject() + "/" + rows.get(i).variant(), k -> new ArrayList<>()).add(i);
        }
        List<String> groups = new ArrayList<>(byVariant.keySet());
        Collections.shuffle(groups, random);
        int k = Math.max(1, Math.min(folds, groups.size()));
        List<List<Integer>> out = new ArrayList<>();
        for (int f = 0; f < k; f++) out.add(new ArrayList<>());
        for (int g = 0; g < groups.size(); g++) out.get(g % k).addAll(byVariant.get(groups.get(g)));
        return out;
    }

    private static LabelScore crossValidate(ClassifierKind kind, Instances data, List<List<Integer>> folds, long seed)
            throws Exception {
        Evaluation eval = new Evaluation(data);
        int positives = 0;
        for (Instance in : data) if (in.classValue() == 1) positives++;
        if (folds.size() < 2) return new LabelScore(0, 0, 0, positives, data.size());
        for (List<Integer> test : folds) {
            Set<Integer> testSet = new TreeSet<>(test);
            Instances train = new Instances(data, data.size());
            Instances held = new Instances(data, test.size());
            for (int i = 0; i < data.size(); i++) (testSet.contains(i) ? held : train).add(data.get(i));
            Classifier c = AbstractClassifier.makeCopy(kind.learner(seed));
            c.buildClassifier(train);
            eval.evaluateModel(c, held);
        }
        return new LabelScore(zeroIfNaN(eval.precision(1)), zeroIfNaN(eval.recall(1)), zeroIfNaN(eval.fMeasure(1)),
                positives, data.size());
    }

    private static double zeroIfNaN(double x) {
        return Double.isNaN(x) ? 0 : x;
    }

    private static Instances header(List<String> featureNames) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (String n : featureNames) attributes.add(new Attribute(n));
        attributes.add(new Attribute("label", List.of("0", "1")));
        Instances h = new Instances("deepfd", attributes, 0);
        h.setClassIndex(attributes.size() - 1);
        return h;
    }

    private static Instances instances(List<String> names, List<FeatureRow> rows, FeatureScaling scaling, DeepFdLabel label) {
        Instances data = header(names);
        for (FeatureRow r : rows) {
            double[] values = new double[names.size() + 1];
            System.arraycopy(scaling.apply(r.features()), 0, values, 0, names.size());
            values[names.size()] = r.labels().contains(label) ? 1 : 0;
            data.add(new DenseInstance(1.0, values));
        }
        return data;
    }

    /** Each kind's predicted labels for one run's (unscaled) feature vector. */
    public synchronized Map<ClassifierKind, Set<DeepFdLabel>> predict(double[] features) {
        double[] scaled = metadata.scaling().apply(features);
        double[] values = new double[scaled.length + 1];
        System.arraycopy(scaled, 0, values, 0, scaled.length);
        Instance in = new DenseInstance(1.0, values);
        in.setDataset(header);
        Map<ClassifierKind, Set<DeepFdLabel>> out = new EnumMap<>(ClassifierKind.class);
        try {
            for (Map.Entry<ClassifierKind, Map<DeepFdLabel, Classifier>> k : models.entrySet()) {
                EnumSet<DeepFdLabel> on = EnumSet.noneOf(DeepFdLabel.class);
                for (Map.Entry<DeepFdLabel, Classifier> l : k.getValue().entrySet()) {
                    if (l.getValue().classifyInstance(in) == 1.0) on.add(l.getKey());
                }
                out.put(k.getKey(), on);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Weka prediction failed: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Writes the models and {@code metadata.json} (with each model file's SHA-256) into a folder;
     * every file goes to a temporary file first and is then moved into place.
     */
    public TrainedClassifiers save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> sha = new LinkedHashMap<>();
        for (ClassifierKind kind : ClassifierKind.values()) {
            for (DeepFdLabel label : DeepFdLabel.values()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try {
                    SerializationHelper.write(bytes, models.get(kind).get(label));
                } catch (Exception e) {
                    throw new IOException("cannot serialise " + kind + "/" + label.key() + ": " + e.getMessage(), e);
                }
                String file = fileName(kind, label);
                writeAtomically(dir.resolve(file), bytes.toByteArray());
                sha.put(file, sha256(bytes.toByteArray()));
            }
        }
        ClassifierMetadata m = metadata;
        ClassifierMetadata withFiles = new ClassifierMetadata(m.schemaSha256(), m.featureNames(), m.trainingSetSha256(),
                m.trainingRows(), m.trainingVariants(), m.trainingSubjects(), m.seed(), m.folds(), m.created(),
                m.wekaVersion(), m.scores(), sha, m.scaling(), m.notes());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        writeAtomically(dir.resolve(ClassifierMetadata.FILE), mapper.writeValueAsBytes(withFiles.toJson(mapper)));
        return new TrainedClassifiers(models, withFiles);
    }

    /**
     * Loads a classifier folder and checks it against the current feature schema. A missing
     * folder or file, a model whose hash differs from the metadata or that Weka cannot read, and
     * a set built for another feature schema are {@link UserError}s that say how to retrain.
     */
    public static TrainedClassifiers load(Path dir, FeatureSchema schema) {
        Path metaFile = dir.resolve(ClassifierMetadata.FILE);
        if (!Files.isRegularFile(metaFile)) {
            throw UserError.missingFile(dir, "no trained DeepFD classifiers here (" + ClassifierMetadata.FILE
                    + " missing); " + RETRAIN);
        }
        ClassifierMetadata metadata;
        try {
            JsonNode root = new ObjectMapper().readTree(metaFile.toFile());
            metadata = ClassifierMetadata.fromJson(root);
        } catch (IOException | IllegalArgumentException e) {
            throw UserError.missingFile(metaFile, "corrupt classifier metadata (" + e.getMessage() + "); " + RETRAIN);
        }
        if (!metadata.schemaSha256().equals(schema.sha256())) {
            throw UserError.missingFile(metaFile, "the classifiers were built for feature schema "
                    + abbreviate(metadata.schemaSha256()) + " (" + metadata.featureNames().size()
                    + " features) but the feature definitions are now " + abbreviate(schema.sha256()) + " ("
                    + schema.size() + " features); restore the definitions they were built with, or " + RETRAIN);
        }
        Map<ClassifierKind, Map<DeepFdLabel, Classifier>> models = new EnumMap<>(ClassifierKind.class);
        for (ClassifierKind kind : ClassifierKind.values()) {
            Map<DeepFdLabel, Classifier> byLabel = new EnumMap<>(DeepFdLabel.class);
            for (DeepFdLabel label : DeepFdLabel.values()) {
                String name = fileName(kind, label);
                Path file = dir.resolve(name);
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    throw UserError.missingFile(file, "classifier file missing or unreadable; " + RETRAIN);
                }
                String expected = metadata.fileSha256().get(name);
                if (expected == null || !expected.equals(sha256(bytes))) {
                    throw UserError.missingFile(file, "corrupt classifier: its SHA-256 does not match "
                            + ClassifierMetadata.FILE + "; " + RETRAIN);
                }
                try {
                    Object o = SerializationHelper.read(new ByteArrayInputStream(bytes));
                    byLabel.put(label, (Classifier) o);
                } catch (Exception e) {
                    throw UserError.missingFile(file, "corrupt classifier: Weka cannot read it (" + e.getMessage()
                            + "); " + RETRAIN);
                }
            }
            models.put(kind, byLabel);
        }
        return new TrainedClassifiers(models, metadata);
    }

    /** The file name of one model ({@code rf-act.model}). */
    public static String fileName(ClassifierKind kind, DeepFdLabel label) {
        return kind.key() + "-" + label.key() + ".model";
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        OutputFile.write(file, bytes);
    }
}

package dev.dnnfl.deepfd;

import dev.dnnfl.spec.UserError;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader;
import weka.core.converters.ArffSaver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * DeepFD's training set: one {@link FeatureRow} per run, with the feature names of its schema.
 * Stored as ARFF (Weka's format, so the table opens in the Weka explorer): string attributes
 * {@code subject}, {@code variant}, numeric {@code run}, {@code seed}, {@code num_fault}, the
 * features, and one nominal {0,1} attribute {@code lb_<label>} per label.
 */
public record FeatureTable(List<String> featureNames, String schemaSha256, List<FeatureRow> rows) {
    public FeatureTable {
        featureNames = List.copyOf(featureNames);
        rows = List.copyOf(rows);
        for (FeatureRow r : rows) {
            if (r.features().length != featureNames.size()) {
                throw new IllegalArgumentException("row " + r.variant() + "#" + r.run() + " has "
                        + r.features().length + " features, the schema " + featureNames.size());
            }
        }
    }

    /** The table as Weka instances (no class attribute set). */
    public Instances toInstances() {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("subject", (List<String>) null));
        attributes.add(new Attribute("variant", (List<String>) null));
        attributes.add(new Attribute("run"));
        attributes.add(new Attribute("seed"));
        attributes.add(new Attribute("num_fault"));
        for (String name : featureNames) attributes.add(new Attribute(name));
        for (DeepFdLabel l : DeepFdLabel.values()) attributes.add(new Attribute("lb_" + l.key(), List.of("0", "1")));
        Instances data = new Instances("deepfd-" + schemaSha256.substring(0, Math.min(12, schemaSha256.length())), attributes, rows.size());
        for (FeatureRow r : rows) {
            double[] values = new double[attributes.size()];
            values[0] = data.attribute(0).addStringValue(r.subject());
            values[1] = data.attribute(1).addStringValue(r.variant());
            values[2] = r.run();
            values[3] = r.seed();
            values[4] = r.seededFaults();
            double[] f = r.features();
            System.arraycopy(f, 0, values, 5, f.length);
            int i = 5 + f.length;
            for (DeepFdLabel l : DeepFdLabel.values()) values[i++] = r.labels().contains(l) ? 1 : 0;
            data.add(new DenseInstance(1.0, values));
        }
        return data;
    }

    /** Writes the table as ARFF (to a temporary file first, then moved into place). */
    public void write(Path file) throws IOException {
        OutputFile.write(file, tmp -> {
            ArffSaver saver = new ArffSaver();
            saver.setInstances(toInstances());
            saver.setMaxDecimalPlaces(15);   // the default 6 would round small gradient norms to 0
            saver.setFile(tmp.toFile());
            saver.writeBatch();
        });
    }

    /** Reads a table written by {@link #write}; the schema hash comes from the relation name's prefix only, so pass it. */
    public static FeatureTable read(Path file, String schemaSha256) {
        Instances data;
        try {
            ArffLoader loader = new ArffLoader();
            loader.setFile(file.toFile());
            data = loader.getDataSet();
        } catch (IOException | RuntimeException e) {
            throw UserError.missingFile(file, "cannot read ARFF feature table: " + e.getMessage());
        }
        int labelStart = data.numAttributes() - DeepFdLabel.values().length;
        if (labelStart < 5 || data.attribute("variant") == null || data.attribute("lb_opt") == null) {
            throw UserError.missingFile(file, "not a DeepFD feature table (expected subject, variant, run, seed, "
                    + "num_fault, the features and lb_opt … lb_epoch)");
        }
        List<String> names = new ArrayList<>();
        for (int a = 5; a < labelStart; a++) names.add(data.attribute(a).name());
        List<FeatureRow> rows = new ArrayList<>();
        for (Instance in : data) {
            double[] f = new double[names.size()];
            for (int a = 0; a < f.length; a++) f[a] = in.value(5 + a);
            EnumSet<DeepFdLabel> labels = EnumSet.noneOf(DeepFdLabel.class);
            for (DeepFdLabel l : DeepFdLabel.values()) {
                if (in.stringValue(labelStart + l.ordinal()).equals("1")) labels.add(l);
            }
            rows.add(new FeatureRow(in.stringValue(0), in.stringValue(1), (int) in.value(2), (long) in.value(3), f,
                    labels, (int) in.value(4)));
        }
        return new FeatureTable(names, schemaSha256, rows);
    }
}

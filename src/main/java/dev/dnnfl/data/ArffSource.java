package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples read from a Weka ARFF file with Weka's {@code ArffLoader}. The class attribute
 * ({@code label}; by default the last) is the target: a nominal class gives class ids in the
 * order its values are declared, a numeric class gives regression targets. The inputs are the
 * {@code features} attributes (by default all others): a numeric (or date) attribute is one
 * input; a nominal attribute becomes one-hot inputs, one per declared value. String and
 * relational attributes are refused. A missing value ({@code ?}) is NaN.
 */
record ArffSource(Path path, String labelColumn, List<String> featureColumns) {

    /** The samples of the file, labels checked against {@code task}. */
    Samples read(String task) {
        if (!Files.isRegularFile(path)) {
            throw UserError.missingFile(path, "no such file");
        }
        Instances data;
        try {
            ArffLoader loader = new ArffLoader();
            loader.setFile(path.toFile());
            data = loader.getDataSet();
        } catch (IOException | RuntimeException e) {
            throw new UserError(path + ": not a readable ARFF file: " + e.getMessage(), e);
        }
        Attribute label = labelColumn == null || labelColumn.isBlank() ? data.attribute(data.numAttributes() - 1)
                : attribute(data, labelColumn, "label");
        if (!label.isNominal() && !label.isNumeric()) {
            throw UserError.atField(null, "/dataset/label", path + ": class attribute '" + label.name()
                    + "' must be nominal or numeric");
        }
        List<Attribute> inputs = new ArrayList<>();
        if (featureColumns.isEmpty()) {
            for (int a = 0; a < data.numAttributes(); a++) {
                if (a != label.index()) {
                    inputs.add(data.attribute(a));
                }
            }
        } else {
            for (String name : featureColumns) {
                inputs.add(attribute(data, name, "features"));
            }
        }
        int width = 0;
        for (Attribute a : inputs) {
            if (!a.isNumeric() && !a.isNominal()) {
                throw new UserError(path + ": attribute '" + a.name() + "' is " + Attribute.typeToString(a)
                        + " (only numeric, date and nominal inputs are accepted)");
            }
            width += a.isNominal() ? a.numValues() : 1;
        }
        int n = data.numInstances();
        float[] x = new float[n * width];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            Instance row = data.instance(i);
            int at = i * width;
            for (Attribute a : inputs) {
                if (a.isNominal()) {
                    if (row.isMissing(a)) {
                        java.util.Arrays.fill(x, at, at + a.numValues(), Float.NaN);
                    } else {
                        x[at + (int) row.value(a)] = 1;
                    }
                    at += a.numValues();
                } else {
                    x[at++] = row.isMissing(a) ? Float.NaN : (float) row.value(a);
                }
            }
            if (row.isMissing(label)) {
                throw new UserError(path + ": instance " + (i + 1) + " has no value for the class attribute '"
                        + label.name() + "'");
            }
            y[i] = (float) row.value(label);
        }
        int classes = label.isNominal() && !"regression".equals(task) ? label.numValues()
                : Samples.classesOf(y, label.isNumeric() && task == null ? "regression" : task, path.toString());
        return new Samples(x, y, List.of(width), classes, false);
    }

    private Attribute attribute(Instances data, String name, String field) {
        Attribute a = data.attribute(name);
        if (a == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < data.numAttributes(); i++) {
                names.add(data.attribute(i).name());
            }
            throw UserError.atField(null, "/dataset/" + field, "no attribute '" + name + "' in " + path
                    + " (attributes: " + String.join(", ", names) + ")");
        }
        return a;
    }
}

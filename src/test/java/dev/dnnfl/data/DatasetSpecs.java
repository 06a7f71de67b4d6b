package dev.dnnfl.data;

import dev.dnnfl.spec.DatasetSpec;
import dev.dnnfl.spec.PreprocessingStep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A test builder of dataset specifications with small defaults (100 train, 20 test, no validation). */
final class DatasetSpecs {
    private String source;
    private String path;
    private String labels;
    private int train = 100;
    private int test = 20;
    private double validation = 0;
    private long seed = 1;
    private boolean shuffle = true;
    private final List<PreprocessingStep> steps = new ArrayList<>();
    private final Map<String, Double> parameters = new HashMap<>();
    private List<Integer> shape = List.of();
    private String labelColumn;
    private List<String> features = List.of();
    private Path baseDir;

    private DatasetSpecs(String source) {
        this.source = source;
    }

    static DatasetSpecs source(String source) {
        return new DatasetSpecs(source);
    }

    DatasetSpecs path(String value) { path = value; return this; }
    DatasetSpecs labels(String value) { labels = value; return this; }
    DatasetSpecs train(int value) { train = value; return this; }
    DatasetSpecs test(int value) { test = value; return this; }
    DatasetSpecs validation(double value) { validation = value; return this; }
    DatasetSpecs seed(long value) { seed = value; return this; }
    DatasetSpecs shuffle(boolean value) { shuffle = value; return this; }
    DatasetSpecs step(String op) { steps.add(PreprocessingStep.named(op)); return this; }
    DatasetSpecs step(String op, Double factor, String target, String split) {
        steps.add(new PreprocessingStep(op, factor, target, split));
        return this;
    }
    DatasetSpecs parameter(String name, double value) { parameters.put(name, value); return this; }
    DatasetSpecs shape(Integer... dims) { shape = List.of(dims); return this; }
    DatasetSpecs labelColumn(String value) { labelColumn = value; return this; }
    DatasetSpecs features(String... names) { features = List.of(names); return this; }
    DatasetSpecs baseDir(Path value) { baseDir = value; return this; }

    DatasetSpec build() {
        return new DatasetSpec(source, path, labels, train, test, validation, seed, shuffle, steps, parameters, shape,
                labelColumn, features, baseDir);
    }

    Dataset load() {
        return DatasetLoader.load(build());
    }
}

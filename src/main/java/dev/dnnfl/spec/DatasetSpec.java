package dev.dnnfl.spec;

import java.util.List;
import java.util.Map;

/**
 * Where a subject's data comes from and how it is split and preprocessed.
 *
 * <p>{@code source} is {@code synthetic:circles|blobs|spirals|topics|textures|regression},
 * {@code fashion-mnist}, or a file format ({@code idx}, {@code csv}, {@code arff}, {@code npy})
 * with a {@code path}. A relative path is resolved against {@code baseDir}, the subject file's
 * folder. {@code parameters} holds the generator's optional numbers ({@code classes},
 * {@code features}, {@code noise}, …) and {@code shape} an optional input shape (channels last).
 */
public record DatasetSpec(String source, String path, String labels, int train, int test,
                          double validation, long seed, boolean shuffle,
                          List<PreprocessingStep> preprocessing, Map<String, Double> parameters,
                          List<Integer> shape, String labelColumn, List<String> featureColumns,
                          java.nio.file.Path baseDir) {
    public DatasetSpec {
        preprocessing = List.copyOf(preprocessing);
        parameters = Map.copyOf(parameters);
        shape = shape == null ? List.of() : List.copyOf(shape);
        featureColumns = featureColumns == null ? List.of() : List.copyOf(featureColumns);
    }

    /** Whether the data is generated rather than read from files. */
    public boolean isSynthetic() {
        return source.startsWith("synthetic:");
    }

    /** A generator parameter, or the given default when absent. */
    public double parameter(String key, double defaultValue) {
        return parameters.getOrDefault(key, defaultValue);
    }
}

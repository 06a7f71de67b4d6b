package dev.dnnfl.spec;

import java.util.Map;
import java.util.TreeMap;

/**
 * A Keras initialiser: a canonical name ({@code glorot_uniform}, {@code random_normal}, …) and
 * its parameters in Keras' names ({@code mean}, {@code stddev}, {@code value}, …).
 */
public record Initializer(String name, Map<String, Double> parameters) {
    public Initializer {
        java.util.Objects.requireNonNull(name, "name");
        parameters = Map.copyOf(new TreeMap<>(parameters));
    }

    /** An initialiser without parameters. */
    public static Initializer named(String name) {
        return new Initializer(name, Map.of());
    }

    /** A parameter, or the given default when absent. */
    public double parameter(String key, double defaultValue) {
        return parameters.getOrDefault(key, defaultValue);
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? name : name + parameters;
    }
}

package dev.dnnfl.spec;

import java.util.Objects;

/**
 * One preprocessing step of a dataset, applied in order. {@code op} is the step
 * ({@code scale_0_1}, {@code standardize}, {@code flatten}, {@code scale}, …); {@code factor} is its
 * number where it takes one; {@code target} is {@code x} (inputs) or {@code y} (labels);
 * {@code split} is {@code all}, {@code train}, {@code validation} or {@code test}.
 */
public record PreprocessingStep(String op, Double factor, String target, String split) {
    public PreprocessingStep {
        Objects.requireNonNull(op, "op");
        target = target == null ? "x" : target;
        split = split == null ? "all" : split;
    }

    /** A step given as a plain string: applies to the inputs of every split. */
    public static PreprocessingStep named(String op) {
        return new PreprocessingStep(op, null, "x", "all");
    }
}

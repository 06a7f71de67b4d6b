package dev.dnnfl.telemetry;

/**
 * Summary statistics of one tensor (weights, biases, gradients, updates or activations of a
 * layer). Statistics are over the finite values; {@code fractionNonFinite} counts NaN/Inf,
 * {@code fractionZero} exact zeros, {@code fractionSaturated} values in the flat region of a
 * sigmoid/tanh-like activation (0 when the activation has none). {@code count} is the number of
 * elements.
 */
public record TensorStats(double mean, double std, double min, double max, double l2Norm,
                          double fractionZero, double fractionNonFinite, double fractionSaturated,
                          long count) {
}

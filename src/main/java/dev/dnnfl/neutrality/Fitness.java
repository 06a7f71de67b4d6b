package dev.dnnfl.neutrality;

import java.util.List;

/**
 * The fitness of one configuration: the metric of each of its training runs (test accuracy, or
 * test loss for a regression subject), in seed order. Immutable.
 */
public record Fitness(List<Double> runs) {
    public Fitness {
        if (runs.isEmpty()) throw new IllegalArgumentException("fitness needs at least one run");
        runs = List.copyOf(runs);
    }

    /** The mean metric over the runs. */
    public double mean() {
        return runs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The runs' metrics as an array, in seed order (what the statistical tests take). */
    public double[] values() {
        return runs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

package dev.dnnfl.telemetry;

/** One sampled training iteration: its batch loss and batch accuracy (NaN for regression). */
public record IterationRecord(long iteration, int epoch, double loss, double accuracy) {
}

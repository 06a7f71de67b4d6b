package dev.dnnfl.telemetry;

/** What a {@link LayerSnapshot} measures in a layer. */
public enum Quantity {
    WEIGHTS, BIASES, WEIGHT_GRADIENTS, BIAS_GRADIENTS, UPDATES, ACTIVATIONS
}

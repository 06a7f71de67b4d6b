package dev.dnnfl.spec;

import java.util.List;

/**
 * One layer of a subject, in Keras' vocabulary, numbered as Keras numbers {@code model.layers}
 * (0-based, every layer counted). {@code name} is the name Keras would give it ({@code dense},
 * {@code dense_1}, …). Absent Keras fields hold Keras' defaults; fields that do not apply to the
 * layer's type are {@code null} (or empty lists).
 */
public record LayerSpec(int index, String name, String type, Integer units, Integer filters,
                        List<Integer> kernel, List<Integer> strides, String padding,
                        List<Integer> pool, Double rate, String activation, boolean useBias,
                        Initializer kernelInitializer, Initializer biasInitializer,
                        Regularizer kernelRegularizer) {
    public LayerSpec {
        if (index < 0) throw new IllegalArgumentException("layer index must be >= 0, found " + index);
        java.util.Objects.requireNonNull(type, "type");
        kernel = kernel == null ? List.of() : List.copyOf(kernel);
        strides = strides == null ? List.of() : List.copyOf(strides);
        pool = pool == null ? List.of() : List.copyOf(pool);
    }

    /** Whether the layer has trainable weights (dense, conv2d, batch_normalization). */
    public boolean isWeighted() {
        return type.equals("dense") || type.equals("conv2d") || type.equals("batch_normalization");
    }

    /** Whether the layer applies an activation function of its own (or is an activation layer). */
    public boolean hasActivation() {
        return activation != null;
    }
}

package dev.dnnfl.facts;

import dev.dnnfl.spec.Initializer;
import dev.dnnfl.spec.Regularizer;

import java.util.List;
import java.util.Objects;

/**
 * One layer of a subject as the rule packs see it, numbered as Keras numbers {@code model.layers}
 * (0-based, every layer counted).
 *
 * <p>{@code type} is the Keras layer type ({@code dense}, {@code conv2d}, {@code max_pooling2d},
 * {@code average_pooling2d}, {@code flatten}, {@code dropout}, {@code batch_normalization},
 * {@code activation}). {@code units} is a dense layer's width and {@code filters} a convolution's
 * filter count (0 for other layers). {@code kernel}, {@code strides} and {@code pool} are empty
 * lists where they do not apply. {@code activation} is the layer's own activation function
 * ({@code linear} for a dense or convolution without one; {@code null} for layers that have none);
 * {@code kernelInitializer}, {@code biasInitializer} are {@code null} for layers without weights
 * (and {@code biasInitializer} also when {@code useBias} is false); {@code kernelRegularizer} is
 * {@code null} when there is none. {@code dropoutRate} is 0 except for dropout layers.
 * {@code inputShape}/{@code outputShape} are Keras' shapes without the batch dimension, channels
 * last; a non-positive entry means the layer shrinks its input below one element (Keras would
 * refuse it, the rules report it). {@code weighted} says whether the layer has trainable weights
 * (dense, conv2d, batch_normalization).
 */
public record LayerFact(int index, String name, String type, int units, int filters,
                        List<Integer> kernel, List<Integer> strides, String padding,
                        List<Integer> pool, String activation, boolean useBias,
                        Initializer kernelInitializer, Initializer biasInitializer,
                        Regularizer kernelRegularizer, double dropoutRate,
                        List<Integer> inputShape, List<Integer> outputShape,
                        boolean weighted, boolean first, boolean last) {
    public LayerFact {
        if (index < 0) throw new IllegalArgumentException("layer index must be >= 0, found " + index);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        kernel = List.copyOf(kernel);
        strides = List.copyOf(strides);
        pool = List.copyOf(pool);
        inputShape = List.copyOf(inputShape);
        outputShape = List.copyOf(outputShape);
        padding = padding == null ? "valid" : padding;
    }

    /** The rank of the input without the batch dimension (1 for {@code [features]}, 3 for an image). */
    public int inputRank() {
        return inputShape.size();
    }

    /** The rank of the output without the batch dimension. */
    public int outputRank() {
        return outputShape.size();
    }

    /** The last entry of the output shape: units of a dense layer, channels of an image (0 if unknown). */
    public int outputWidth() {
        return outputShape.isEmpty() ? 0 : outputShape.get(outputShape.size() - 1);
    }

    /** The smallest spatial entry of the output (all entries but the channels), or the width for rank 1. */
    public int minSpatialOutput() {
        if (outputShape.size() <= 1) return outputWidth();
        return outputShape.subList(0, outputShape.size() - 1).stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** The smallest spatial entry of the input (all entries but the channels), or the width for rank 1. */
    public int minSpatialInput() {
        if (inputShape.size() <= 1) return inputShape.isEmpty() ? 0 : inputShape.get(0);
        return inputShape.subList(0, inputShape.size() - 1).stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** Whether the layer is a dense or convolution layer (a "learning layer" in NeuraLint's words). */
    public boolean learning() {
        return type.equals("dense") || type.equals("conv2d");
    }

    /** Whether the layer is a max or average pooling layer. */
    public boolean pooling() {
        return type.equals("max_pooling2d") || type.equals("average_pooling2d");
    }
}

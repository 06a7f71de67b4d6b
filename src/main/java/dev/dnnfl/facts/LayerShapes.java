package dev.dnnfl.facts;

import dev.dnnfl.spec.LayerSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Keras' output shape of each layer type (channels last, no batch dimension), for the static
 * facts. Sizes that drop to zero or below are kept, not rejected: NeuraLint R9 reports them.
 */
final class LayerShapes {
    private LayerShapes() {
    }

    /** The output shape of a layer given its input shape. */
    static List<Integer> output(LayerSpec layer, List<Integer> input) {
        return switch (layer.type()) {
            case "dense" -> {
                // Keras applies a dense layer to the last axis and keeps the others.
                List<Integer> out = new ArrayList<>(input.isEmpty() ? List.of() : input.subList(0, input.size() - 1));
                out.add(layer.units() == null ? 0 : layer.units());
                yield out;
            }
            case "conv2d" -> spatial(input, layer.kernel(), strides(layer.strides(), 1, layer.kernel().size()),
                    layer.padding(), layer.filters() == null ? 0 : layer.filters());
            case "max_pooling2d", "average_pooling2d" -> {
                List<Integer> pool = layer.pool().isEmpty() ? List.of(2, 2) : layer.pool();
                // Keras: a pooling layer's strides default to its pool size.
                List<Integer> strides = layer.strides().isEmpty() ? pool : layer.strides();
                yield spatial(input, pool, strides, layer.padding(), input.isEmpty() ? 0 : input.get(input.size() - 1));
            }
            case "flatten" -> List.of(input.stream().reduce(1, (a, b) -> a * b));
            default -> input; // dropout, batch_normalization, activation keep the shape
        };
    }

    private static List<Integer> strides(List<Integer> given, int fallback, int rank) {
        if (!given.isEmpty()) return given;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Math.max(rank, 2); i++) out.add(fallback);
        return out;
    }

    // Keras: valid floor((in - k) / s) + 1, same floor((in - 1) / s) + 1. Floor, not NeuraLint's
    // truncation toward zero, so a window larger than its input always gives a size <= 0.
    private static List<Integer> spatial(List<Integer> input, List<Integer> window, List<Integer> strides,
                                         String padding, int channels) {
        List<Integer> out = new ArrayList<>();
        int spatialRank = Math.max(input.size() - 1, 0);
        for (int i = 0; i < spatialRank; i++) {
            int in = input.get(i);
            int k = window.isEmpty() ? 1 : window.get(Math.min(i, window.size() - 1));
            int s = strides.isEmpty() ? 1 : strides.get(Math.min(i, strides.size() - 1));
            out.add("same".equals(padding) ? Math.floorDiv(in - 1, s) + 1 : Math.floorDiv(in - k, s) + 1);
        }
        out.add(channels);
        return out;
    }
}

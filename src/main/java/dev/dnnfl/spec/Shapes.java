package dev.dnnfl.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Keras shape inference for a subject's layers: each layer's output shape (channels last,
 * batch dimension left out) from the model's input shape, with the checks Keras makes when it
 * builds the model (a kernel larger than its input, a dense layer on an image, …).
 *
 * <p>The input shape comes from the dataset's declared {@code shape} or, at training time,
 * from the loaded data; it may be empty (unknown), in which case ranks are still checked.
 */
public final class Shapes {
    private Shapes() {
    }

    /**
     * The shape of each layer of a subject for a model input shape (empty when unknown). Throws
     * {@link UserError} naming the layer's pointer ({@code /layers/3}) when Keras would refuse
     * to build the model.
     */
    public static List<LayerShape> infer(Subject subject, List<Integer> inputShape) {
        String origin = subject.file() != null ? subject.file().toString() : subject.id();
        return infer(subject.layers(), inputShape, origin);
    }

    /**
     * The model's input shape that a dataset declares: its {@code shape}, made a vector when a
     * {@code flatten} step applies to the inputs; {@code fashion-mnist} is (28, 28, 1). Empty
     * when the shape is only known once the data is loaded.
     */
    public static List<Integer> declaredInput(DatasetSpec dataset) {
        List<Integer> shape = dataset.shape();
        if (shape.isEmpty() && dataset.source().equals("fashion-mnist")) shape = List.of(28, 28, 1);
        if (shape.isEmpty()) return List.of();
        boolean flattened = dataset.preprocessing().stream()
                .anyMatch(p -> p.op().equals("flatten") && p.target().equals("x"));
        if (flattened) return List.of(shape.stream().reduce(1, (a, b) -> a * b));
        return shape;
    }

    /** The shapes of a list of layers; {@code origin} names the file in error messages. */
    public static List<LayerShape> infer(List<LayerSpec> layers, List<Integer> inputShape, String origin) {
        List<LayerShape> shapes = new ArrayList<>();
        List<Integer> current = inputShape == null ? List.of() : List.copyOf(inputShape);
        for (LayerSpec layer : layers) {
            List<Integer> out = output(layer, current, origin);
            shapes.add(new LayerShape(layer.index(), current, out));
            current = out;
        }
        return shapes;
    }

    private static List<Integer> output(LayerSpec layer, List<Integer> in, String origin) {
        String where = "/layers/" + layer.index();
        return switch (layer.type()) {
            case "dense" -> {
                if (in.size() > 1) {
                    // Keras would apply a dense layer to the last axis of an image; DL4J cannot, and
                    // in a classifier it is almost always a missing flatten.
                    throw UserError.atField(origin, where, "dense layer '" + layer.name() + "' gets an input of shape "
                            + LayerShape.format(in) + "; add a flatten layer before it");
                }
                yield List.of(layer.units());
            }
            case "conv2d" -> window(layer, in, layer.kernel(), origin, where, layer.filters());
            case "max_pooling2d", "average_pooling2d" -> window(layer, in, layer.pool(), origin, where, null);
            case "flatten" -> {
                if (in.isEmpty()) yield List.of(LayerShape.UNKNOWN);
                if (in.contains(LayerShape.UNKNOWN)) yield List.of(LayerShape.UNKNOWN);
                yield List.of(in.stream().reduce(1, (a, b) -> a * b));
            }
            default -> in;    // dropout, batch_normalization, activation keep the shape
        };
    }

    private static List<Integer> window(LayerSpec layer, List<Integer> in, List<Integer> size, String origin,
                                        String where, Integer filters) {
        List<Integer> input = in;
        if (input.isEmpty()) input = List.of(LayerShape.UNKNOWN, LayerShape.UNKNOWN, LayerShape.UNKNOWN);
        if (input.size() != 3) {
            throw UserError.atField(origin, where, layer.type() + " layer '" + layer.name()
                    + "' needs an image input (height, width, channels), found shape " + LayerShape.format(input)
                    + (input.size() == 1 ? "; a flatten or dense layer before it, or a flatten preprocessing step, made it a vector" : ""));
        }
        List<Integer> out = new ArrayList<>();
        for (int axis = 0; axis < 2; axis++) {
            int n = input.get(axis);
            int k = size.get(axis);
            int s = layer.strides().get(axis);
            if (n == LayerShape.UNKNOWN) {
                out.add(LayerShape.UNKNOWN);
            } else if (layer.padding().equals("same")) {
                out.add((n + s - 1) / s);
            } else {
                if (k > n) {
                    throw UserError.atField(origin, where, layer.type() + " layer '" + layer.name() + "' has a "
                            + (filters != null ? "kernel" : "pool") + " of " + LayerShape.format(size)
                            + " larger than its input " + LayerShape.format(input)
                            + " with padding 'valid' (use a smaller size or padding 'same')");
                }
                out.add((n - k) / s + 1);
            }
        }
        out.add(filters != null ? filters : input.get(2));
        return out;
    }
}

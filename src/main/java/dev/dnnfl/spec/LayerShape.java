package dev.dnnfl.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input and output shape of one layer as Keras computes them: channels last, without the
 * batch dimension. A dimension of {@link #UNKNOWN} is one Keras would print as {@code None}
 * (the data is not loaded yet); an empty list is a shape whose rank is not known either.
 */
public record LayerShape(int index, List<Integer> input, List<Integer> output) {
    /** A dimension that is not known before the data is loaded. */
    public static final int UNKNOWN = -1;

    public LayerShape {
        if (index < 0) throw new IllegalArgumentException("layer index must be >= 0, found " + index);
        input = List.copyOf(input);
        output = List.copyOf(output);
    }

    /** Whether every dimension of the output is known. */
    public boolean isOutputKnown() {
        return !output.isEmpty() && output.stream().allMatch(d -> d != UNKNOWN);
    }

    /** A shape as Keras prints it without the batch dimension: {@code (26, 26, 32)}, {@code ?} for unknown. */
    public static String format(List<Integer> shape) {
        if (shape.isEmpty()) return "?";
        return shape.stream().map(d -> d == UNKNOWN ? "?" : String.valueOf(d))
                .collect(Collectors.joining(", ", "(", shape.size() == 1 ? ",)" : ")"));
    }
}

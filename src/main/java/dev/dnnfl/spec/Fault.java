package dev.dnnfl.spec;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One fault in the study's notation: a type and the layers it concerns ({@code ACH(0,1)}), or a
 * type alone ({@code HLR}). Layers are 0-based Keras indices, kept sorted without duplicates.
 */
public record Fault(FaultType type, List<Integer> layers) {
    public Fault {
        Objects.requireNonNull(type, "type");
        for (Integer l : layers) {
            if (l < 0) throw new IllegalArgumentException("layer index must be >= 0, found " + l);
        }
        layers = List.copyOf(new TreeSet<>(layers));
    }

    /** A fault without layers. */
    public static Fault of(FaultType type) {
        return new Fault(type, List.of());
    }

    /** A fault on the given layers. */
    public static Fault of(FaultType type, Integer... layers) {
        return new Fault(type, List.of(layers));
    }

    /**
     * Whether this fault matches another: same type, and either side has no layers or their
     * layer sets intersect (the study's matching rule).
     */
    public boolean matches(Fault other) {
        if (type != other.type) return false;
        if (layers.isEmpty() || other.layers.isEmpty()) return true;
        return layers.stream().anyMatch(other.layers::contains);
    }

    @Override
    public String toString() {
        return layers.isEmpty() ? type.name()
                : type.name() + layers.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }
}

package dev.dnnfl.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One localised fault with its alternative readings ({@code ACH(0)|LRM}); a group of one reading
 * is a plain fault. A group counts as one localised fault and matches when any reading matches.
 */
public record FaultGroup(List<Fault> readings) {
    public FaultGroup {
        if (readings.isEmpty()) throw new IllegalArgumentException("a fault group needs at least one reading");
        readings = List.copyOf(readings);
    }

    /** A group of one reading. */
    public static FaultGroup of(Fault fault) {
        return new FaultGroup(List.of(fault));
    }

    /** Whether any reading of this group matches the given fault. */
    public boolean matches(Fault fault) {
        return readings.stream().anyMatch(r -> r.matches(fault));
    }

    @Override
    public String toString() {
        return readings.stream().map(Fault::toString).collect(Collectors.joining("|"));
    }
}

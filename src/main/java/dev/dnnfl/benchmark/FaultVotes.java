package dev.dnnfl.benchmark;

import dev.dnnfl.spec.Fault;

import java.util.List;
import java.util.Objects;

/**
 * One fault type as the techniques localised it on a subject: the type with the union of the
 * layers the techniques named, and the techniques that reported it (each at most once).
 */
public record FaultVotes(Fault fault, List<String> tools) {
    public FaultVotes {
        Objects.requireNonNull(fault, "fault");
        tools = List.copyOf(tools);
        if (tools.isEmpty()) throw new IllegalArgumentException("a fault needs at least one vote: " + fault);
        if (tools.stream().distinct().count() != tools.size()) {
            throw new IllegalArgumentException("a technique votes once per fault type, found " + tools);
        }
    }

    /** How many techniques reported the fault type. */
    public int votes() {
        return tools.size();
    }
}

package dev.dnnfl.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.dnnfl.spec.FaultList;

import java.util.List;

/**
 * A subject with seeded faults: its name ({@code lr_1e-12__act_tanh}, the mutations in order of
 * application), the mutated subject JSON (its own id, ground truth and no fix), the one patch
 * that turns the original into it, the mutations it was built from, and its ground truth
 * (patch → faults).
 */
public record Mutant(String name, JsonNode subject, ArrayNode patch, List<Mutation> mutations, FaultList groundTruth) {
    public Mutant {
        subject = subject.deepCopy();
        patch = patch.deepCopy();
        mutations = List.copyOf(mutations);
    }

    @Override
    public JsonNode subject() {
        return subject.deepCopy();
    }

    @Override
    public ArrayNode patch() {
        return patch.deepCopy();
    }

    /** The number of seeded faults. */
    public int faultCount() {
        return mutations.size();
    }
}

package dev.dnnfl.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.Objects;

/**
 * One change an operator makes to a subject: an RFC 6902 patch on the subject's JSON, the
 * operator that made it, and its name in DeepFD's notation {@code <type>_<value>}
 * ({@code lr_1e-12}, {@code act_tanh}; spec deepfd.md §5.5).
 */
public record Mutation(String operator, String name, ArrayNode patch) {
    public Mutation {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(name, "name");
        patch = patch.deepCopy();
    }

    @Override
    public ArrayNode patch() {
        return patch.deepCopy();
    }

    /** The value the patch's first operation writes. */
    public JsonNode value() {
        return patch.get(0).get("value");
    }
}

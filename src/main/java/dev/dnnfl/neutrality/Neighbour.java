package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One neighbour of a node in the search: the operator that produced it (e.g.
 * {@code learning_rate x10}) and the RFC 6902 patch that turns the parent subject into it.
 * Every neighbour differs from its parent in exactly one hyperparameter (study, Table 2).
 */
public record Neighbour(String operator, JsonNode patch) {
}

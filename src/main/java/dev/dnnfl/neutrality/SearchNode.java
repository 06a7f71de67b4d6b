package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One node of the neutrality graph. Node 0 is the buggy subject; every other node was reached from
 * {@code parent} by one operator. {@code fromRoot} is the RFC 6902 patch from the buggy subject to
 * this node. A node is {@code alternative} when its fitness is at least the known fix's (an
 * alternative ground truth), and {@code significantlyBetter} when it also beats the fix with
 * statistical significance (the study's blue nodes).
 */
public record SearchNode(int id, int parent, int depth, String operator, JsonNode subject,
                         JsonNode fromRoot, Fitness fitness, boolean alternative,
                         boolean significantlyBetter) {
}

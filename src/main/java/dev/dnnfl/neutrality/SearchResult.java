package dev.dnnfl.neutrality;

import java.util.List;

/**
 * What a neutrality search found: every evaluated node (node 0 is the buggy subject), the edges of
 * the neutrality graph (parent to each expanded neutral neighbour), and the counts that show
 * what the cache saved: {@code trainingsPerformed} training runs really done, against
 * {@code trainingsRequested}, what a search without cache and de-duplication would have run.
 * {@code stopReason} says why the search ended.
 */
public record SearchResult(List<SearchNode> nodes, List<Edge> edges, Fitness knownFix,
                           Direction direction, long trainingsPerformed, long trainingsRequested,
                           String stopReason) {
    public SearchResult {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** An edge of the neutrality graph: the parent node, the child node and the operator. */
    public record Edge(int parent, int child, String operator) {
    }

    /** The nodes accepted as alternative ground truths, in the order they were found. */
    public List<SearchNode> alternatives() {
        return nodes.stream().filter(SearchNode::alternative).toList();
    }
}

package dev.dnnfl.neutrality;

import java.util.Locale;

/**
 * The neutrality graph of a search in Graphviz DOT, coloured as the study's Figure 1: the buggy
 * subject black, alternatives that beat the known fix significantly blue, other alternatives
 * green, the remaining neutral nodes white. Only nodes on an edge (expanded neutral nodes) and
 * alternatives are drawn.
 */
public final class NeutralityGraph {
    private NeutralityGraph() {
    }

    /** The DOT text of the graph, titled with the subject id. */
    public static String toDot(String subjectId, SearchResult result) {
        StringBuilder dot = new StringBuilder();
        dot.append("digraph \"").append(escape(subjectId)).append("\" {\n");
        dot.append("  graph [rankdir=LR, label=\"").append(escape(subjectId))
                .append(String.format(Locale.ROOT, ": neutrality graph (known fix %.4f)", result.knownFix().mean()))
                .append("\", labelloc=t];\n");
        dot.append("  node [shape=circle, style=filled, fontsize=9, fillcolor=white];\n");
        java.util.Set<Integer> drawn = new java.util.TreeSet<>();
        drawn.add(0);
        result.edges().forEach(e -> {
            drawn.add(e.parent());
            drawn.add(e.child());
        });
        result.alternatives().forEach(n -> drawn.add(n.id()));
        for (int id : drawn) {
            SearchNode n = result.nodes().get(id);
            String colour = id == 0 ? "black" : n.significantlyBetter() ? "royalblue" : n.alternative() ? "palegreen" : "white";
            String font = id == 0 || n.significantlyBetter() ? "white" : "black";
            dot.append(String.format(Locale.ROOT, "  n%d [label=\"%d\\n%.3f\", fillcolor=%s, fontcolor=%s, tooltip=\"%s\"];%n",
                    id, id, n.fitness().mean(), colour, font, escape(n.operator())));
        }
        for (SearchResult.Edge e : result.edges()) {
            dot.append(String.format(Locale.ROOT, "  n%d -> n%d [label=\"%s\", fontsize=7];%n", e.parent(), e.child(), escape(e.operator())));
        }
        // alternatives not expanded still hang off their parent, dashed
        for (SearchNode n : result.alternatives()) {
            boolean onEdge = result.edges().stream().anyMatch(e -> e.child() == n.id());
            if (!onEdge) {
                dot.append(String.format(Locale.ROOT, "  n%d -> n%d [style=dashed, label=\"%s\", fontsize=7];%n",
                        n.parent(), n.id(), escape(n.operator())));
            }
        }
        dot.append("}\n");
        return dot.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

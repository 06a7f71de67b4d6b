package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.PatchFaults;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The study's Table 9 figures for one subject, and its alternative ground truths in the
 * scorer's format. {@code complexity} is the mean number of hyperparameters in which an
 * alternative differs from the buggy subject; {@code meanImprovement} and {@code bestImprovement}
 * are over the alternatives, against the known fix, in the direction of improvement (so positive
 * is better also for a loss).
 */
public record NeutralitySummary(String subjectId, int nodes, int edges, int alternatives,
                                int distinctFaultSets, double complexity, double knownFixMetric,
                                double buggyMetric, double meanImprovement, double bestImprovement,
                                long trainingsPerformed, long trainingsRequested, String stopReason,
                                List<Alternative> alternativeGroundTruths) {
    public NeutralitySummary {
        alternativeGroundTruths = List.copyOf(alternativeGroundTruths);
    }

    /** One alternative ground truth: its node, the changed JSON paths, and their faults. */
    public record Alternative(int node, double metric, List<String> changedPaths, FaultList faults) {
        public Alternative {
            changedPaths = List.copyOf(changedPaths);
        }
    }

    /** The summary of a search on the buggy subject (canonical JSON). */
    public static NeutralitySummary of(String subjectId, JsonNode buggy, SearchResult result) {
        List<Alternative> alts = new ArrayList<>();
        Set<String> faultSets = new LinkedHashSet<>();
        double complexity = 0;
        double improvement = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (SearchNode n : result.alternatives()) {
            FaultList faults = PatchFaults.of(buggy, n.fromRoot(), subjectId + " node " + n.id());
            List<String> paths = changedPaths(n.fromRoot());
            alts.add(new Alternative(n.id(), n.fitness().mean(), paths, faults));
            faultSets.add(faults.toString());
            complexity += paths.size();
            double gain = result.direction().improvement(n.fitness().mean(), result.knownFix().mean());
            improvement += gain;
            best = Math.max(best, gain);
        }
        int k = alts.size();
        return new NeutralitySummary(subjectId, result.nodes().size(), result.edges().size(), k, faultSets.size(),
                k == 0 ? Double.NaN : complexity / k, result.knownFix().mean(), result.nodes().get(0).fitness().mean(),
                k == 0 ? Double.NaN : improvement / k, k == 0 ? Double.NaN : best,
                result.trainingsPerformed(), result.trainingsRequested(), result.stopReason(), alts);
    }

    /** The JSON paths a patch changes, one per hyperparameter (a whole added layer counts once). */
    static List<String> changedPaths(JsonNode patch) {
        Set<String> paths = new TreeSet<>();
        for (JsonNode op : patch) paths.add(op.path("path").asText());
        return List.copyOf(paths);
    }

    /**
     * The alternatives as scorer input: {@code id<TAB>node<TAB>paths<TAB>faults}, one line per
     * alternative (the scorer reads the first and last columns).
     */
    public String alternativesTsv() {
        StringBuilder out = new StringBuilder("# alternative ground truths of " + subjectId
                + ": id, node, changed paths, faults (from patch -> faults against the buggy subject)\n");
        for (Alternative a : alternativeGroundTruths) {
            out.append(subjectId).append('\t').append(a.node()).append('\t')
                    .append(String.join(",", a.changedPaths())).append('\t').append(a.faults()).append('\n');
        }
        return out.toString();
    }

    /** One row of Table 9, as Markdown. */
    public String table9Row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %d / %d |", subjectId, nodes, alternatives,
                distinctFaultSets, Double.isNaN(complexity) ? "-" : String.format(Locale.ROOT, "%.2f", complexity),
                Double.isNaN(meanImprovement) ? "-" : String.format(Locale.ROOT, "%+.4f", meanImprovement),
                trainingsPerformed, trainingsRequested);
    }

    /** The header of {@link #table9Row()}. */
    public static String table9Header() {
        return "| subject | nodes | alternatives | distinct fault sets | complexity | improvement | trainings (done / naive) |\n"
                + "|---|---|---|---|---|---|---|";
    }
}

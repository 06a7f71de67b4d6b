package dev.dnnfl.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dnnfl.neutrality.NeutralityAnalysis;
import dev.dnnfl.neutrality.NeutralityProvenance;
import dev.dnnfl.neutrality.NeutralitySummary;
import dev.dnnfl.neutrality.SearchNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Writes the results of a neutrality analysis into a folder: {@code alternatives.tsv} (scorer
 * format), {@code graph.dot} and, when Graphviz' {@code dot} is installed, {@code graph.svg};
 * {@code nodes.tsv} (every evaluated node), {@code summary.json} and {@code summary.md} (Table 9
 * figures). Every file is written atomically.
 */
public final class NeutralityReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NeutralityReport() {
    }

    /**
     * Writes every file, the summaries with the analysis' provenance; returns the rendered picture,
     * if Graphviz could draw one.
     */
    public static Optional<Path> write(Path folder, NeutralityAnalysis.Outcome outcome, double wallSeconds,
                                       NeutralityProvenance provenance) {
        NeutralitySummary s = outcome.summary();
        ReportFile.write(folder.resolve("alternatives.tsv"), s.alternativesTsv());
        ReportFile.write(folder.resolve("graph.dot"), outcome.dot());
        ReportFile.write(folder.resolve("nodes.tsv"), nodes(outcome.search().nodes()));
        ReportFile.write(folder.resolve("summary.json"), json(s, wallSeconds, provenance));
        ReportFile.write(folder.resolve("summary.md"), markdown(s, wallSeconds) + "\n" + footer(provenance) + "\n");
        return render(folder.resolve("graph.dot"), folder.resolve("graph.svg"));
    }

    /** The summary as text for the terminal. */
    public static String text(NeutralitySummary s, double wallSeconds) {
        return String.format(Locale.ROOT,
                "%s: %d nodes, %d alternatives (%d distinct fault sets), complexity %s, improvement %s%n"
                        + "buggy %.4f, known fix %.4f; %d trainings done (%d without cache and de-duplication); "
                        + "%.0f s; stopped: %s%n",
                s.subjectId(), s.nodes(), s.alternatives(), s.distinctFaultSets(), fmt(s.complexity(), "%.2f"),
                fmt(s.meanImprovement(), "%+.4f"), s.buggyMetric(), s.knownFixMetric(), s.trainingsPerformed(),
                s.trainingsRequested(), wallSeconds, s.stopReason());
    }

    private static String markdown(NeutralitySummary s, double wallSeconds) {
        StringBuilder md = new StringBuilder("# Neutrality analysis of " + s.subjectId() + "\n\n");
        md.append(NeutralitySummary.table9Header()).append('\n').append(s.table9Row()).append("\n\n");
        md.append(text(s, wallSeconds).replace("\n", "\n\n"));
        md.append("| node | metric | changed | faults |\n|---|---|---|---|\n");
        for (NeutralitySummary.Alternative a : s.alternativeGroundTruths()) {
            md.append(String.format(Locale.ROOT, "| %d | %.4f | %s | %s |%n", a.node(), a.metric(),
                    String.join(", ", a.changedPaths()), a.faults()));
        }
        return md.toString();
    }

    private static String nodes(List<SearchNode> nodes) {
        StringBuilder out = new StringBuilder("# node\tparent\tdepth\toperator\tmean\truns\talternative\tsignificantly_better\n");
        for (SearchNode n : nodes) {
            out.append(n.id()).append('\t').append(n.parent()).append('\t').append(n.depth()).append('\t')
                    .append(n.operator().isEmpty() ? "-" : n.operator()).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f", n.fitness().mean())).append('\t')
                    .append(n.fitness().runs().stream().map(r -> String.format(Locale.ROOT, "%.4f", r))
                            .reduce((a, b) -> a + "," + b).orElse("")).append('\t')
                    .append(n.alternative()).append('\t').append(n.significantlyBetter()).append('\n');
        }
        return out.toString();
    }

    /** The provenance as one line, for the Markdown summary's footer. */
    static String footer(NeutralityProvenance p) {
        return "provenance: subject " + p.subjectId() + " sha256 " + p.subjectSha256().substring(0, 12) + ", seeds "
                + p.seeds() + ", top-k " + p.topK() + ", dnnfl " + p.dnnflVersion() + ", java " + p.javaVersion()
                + ", " + p.createdAt();
    }

    private static String json(NeutralitySummary s, double wallSeconds, NeutralityProvenance p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("subject", s.subjectId());
        root.put("nodes", s.nodes());
        root.put("edges", s.edges());
        root.put("alternatives", s.alternatives());
        root.put("distinct_fault_sets", s.distinctFaultSets());
        putNumber(root, "complexity", s.complexity());
        root.put("buggy_metric", s.buggyMetric());
        root.put("known_fix_metric", s.knownFixMetric());
        putNumber(root, "mean_improvement", s.meanImprovement());
        putNumber(root, "best_improvement", s.bestImprovement());
        root.put("trainings_performed", s.trainingsPerformed());
        root.put("trainings_without_cache", s.trainingsRequested());
        root.put("wall_seconds", wallSeconds);
        root.put("stop_reason", s.stopReason());
        ArrayNode alts = root.putArray("alternative_ground_truths");
        for (NeutralitySummary.Alternative a : s.alternativeGroundTruths()) {
            ObjectNode o = alts.addObject();
            o.put("node", a.node());
            o.put("metric", a.metric());
            o.put("faults", a.faults().toString());
            ArrayNode paths = o.putArray("changed");
            a.changedPaths().forEach(paths::add);
        }
        ObjectNode prov = root.putObject("provenance");
        prov.put("subject_id", p.subjectId());
        prov.put("subject_sha256", p.subjectSha256());
        ArrayNode seeds = prov.putArray("seeds");
        p.seeds().forEach(seeds::add);
        prov.put("top_k", p.topK());
        prov.put("dnnfl_version", p.dnnflVersion());
        prov.put("java_version", p.javaVersion());
        prov.put("created_at", p.createdAt().toString());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) node.putNull(key);
        else node.put(key, value);
    }

    private static String fmt(double v, String pattern) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, pattern, v);
    }

    /** Draws a DOT file as SVG with Graphviz when {@code dot} is on the PATH; empty otherwise. */
    public static Optional<Path> render(Path dotFile, Path svg) {
        byte[] picture;
        try {
            // dot writes the picture to stdout; ReportFile then moves it into place in one step.
            Process p = new ProcessBuilder("dot", "-Tsvg", dotFile.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            picture = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // Graphviz is not installed: the DOT file is the graph
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        ReportFile.write(svg, picture);
        return Optional.of(svg);
    }
}

package dev.dnnfl.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dnnfl.rules.Diagnosis;
import dev.dnnfl.rules.Finding;
import dev.dnnfl.rules.Provenance;
import dev.dnnfl.rules.TechniqueRun;
import dev.dnnfl.score.Score;
import dev.dnnfl.score.SubjectScore;
import dev.dnnfl.spec.FaultList;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A diagnosis rendered for people (text, Markdown) or programs (JSON): per technique its
 * localisation in the study's notation, runs and agreement, time, and, when the subject has a
 * ground truth, RC/PR/F3; then every finding with its message, fix and evidence; then the
 * provenance.
 *
 * <p>The JSON is architecture.md's "Diagnosis output": {@code localisations} maps each technique
 * (the scorer's tool names) to its fault list, next to {@code findings}, {@code runs} (run
 * information per technique), {@code groundTruth} and {@code score} when there is a ground
 * truth, and {@code provenance}.
 */
public final class DiagnosisReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosisReport() {
    }

    /**
     * The diagnosis in a format (text, md or json), ending with a newline. {@code scores} maps a
     * technique to its score against {@code groundTruth}; both are empty without a ground truth.
     */
    public static String render(Diagnosis diagnosis, Optional<FaultList> groundTruth, Map<String, SubjectScore> scores,
                                ReportFormat format) {
        return switch (format) {
            case TEXT -> text(diagnosis, groundTruth, scores);
            case MARKDOWN -> markdown(diagnosis, groundTruth, scores);
            case JSON -> json(diagnosis, groundTruth, scores);
            case TSV -> throw new IllegalArgumentException("a diagnosis has no TSV form (use text, md or json)");
        };
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    private static String scoreText(SubjectScore s) {
        if (s.score().isEmpty()) return "false alarms " + s.localisedFaults();
        Score v = s.score().get();
        return "RC " + number(v.rc()) + "  PR " + number(v.pr()) + "  F3 " + number(v.f3());
    }

    private static String runText(TechniqueRun t) {
        var l = t.localisation();
        return l.agreeing() + " of " + l.runs() + " run" + (l.runs() == 1 ? "" : "s") + " agree, " + t.millis() + " ms";
    }

    /** A plain-text report. */
    public static String text(Diagnosis d, Optional<FaultList> groundTruth, Map<String, SubjectScore> scores) {
        StringBuilder out = new StringBuilder();
        out.append("Diagnosis of ").append(d.subjectId());
        groundTruth.ifPresent(g -> out.append(" (ground truth: ").append(g).append(')'));
        out.append("\n\n");
        int width = d.techniques().stream().mapToInt(t -> t.localisation().faults().toString().length()).max().orElse(1);
        for (TechniqueRun t : d.techniques()) {
            out.append(String.format(Locale.ROOT, "  %-4s %-" + Math.max(width, 3) + "s   %s", t.technique(),
                    t.localisation().faults(), runText(t)));
            SubjectScore s = scores.get(t.technique());
            if (s != null) out.append("   ").append(scoreText(s));
            out.append('\n');
            t.note().ifPresent(n -> out.append("       note: ").append(n).append('\n'));
        }
        for (TechniqueRun t : d.techniques()) {
            List<Finding> found = d.findings().stream().filter(f -> f.technique().equals(t.technique())).toList();
            if (found.isEmpty()) continue;
            out.append('\n').append(t.technique()).append(" findings\n");
            for (Finding f : found) {
                out.append("  ").append(f.severity().name().toLowerCase(Locale.ROOT)).append("  ")
                        .append(f.fault().map(Object::toString).orElse("-")).append("  ").append(f.rule());
                f.epoch().ifPresent(e -> out.append("  (epoch ").append(e).append(')'));
                out.append('\n');
                out.append("      ").append(f.message()).append('\n');
                if (!f.fix().isEmpty()) out.append("      fix: ").append(f.fix()).append('\n');
                if (!f.evidence().isEmpty()) out.append("      evidence: ").append(evidenceText(f)).append('\n');
            }
        }
        out.append("\nrules compiled in ").append(d.rulesCompileMillis()).append(" ms; ")
                .append(provenanceText(d.provenance())).append('\n');
        return out.toString();
    }

    private static String evidenceText(Finding f) {
        StringBuilder s = new StringBuilder();
        f.evidence().forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return s.toString();
    }

    private static String provenanceText(Provenance p) {
        return "provenance: subject sha256 " + p.subjectSha256().substring(0, 12) + ", rules sha256 "
                + p.rulesSha256().substring(0, 12) + ", seeds " + p.seeds() + ", dnnfl " + p.dnnflVersion()
                + ", java " + p.javaVersion() + ", " + p.createdAt();
    }

    /** A Markdown report: a table of localisations, then the findings per technique. */
    public static String markdown(Diagnosis d, Optional<FaultList> groundTruth, Map<String, SubjectScore> scores) {
        StringBuilder out = new StringBuilder();
        out.append("# Diagnosis of ").append(d.subjectId()).append("\n\n");
        groundTruth.ifPresent(g -> out.append("Ground truth: `").append(g).append("`\n\n"));
        out.append("| technique | localisation | runs | time | score | note |\n| --- | --- | --- | --- | --- | --- |\n");
        for (TechniqueRun t : d.techniques()) {
            SubjectScore s = scores.get(t.technique());
            out.append("| ").append(t.technique()).append(" | `").append(t.localisation().faults()).append("` | ")
                    .append(t.localisation().agreeing()).append('/').append(t.localisation().runs()).append(" | ")
                    .append(t.millis()).append(" ms | ").append(s == null ? "" : scoreText(s)).append(" | ")
                    .append(t.note().orElse("")).append(" |\n");
        }
        for (TechniqueRun t : d.techniques()) {
            List<Finding> found = d.findings().stream().filter(f -> f.technique().equals(t.technique())).toList();
            if (found.isEmpty()) continue;
            out.append("\n## ").append(t.technique()).append(" findings\n\n");
            out.append("| severity | fault | rule | message | fix | evidence |\n| --- | --- | --- | --- | --- | --- |\n");
            for (Finding f : found) {
                out.append("| ").append(f.severity().name().toLowerCase(Locale.ROOT)).append(" | ")
                        .append(f.fault().map(Object::toString).orElse("-")).append(" | ").append(cell(f.rule()))
                        .append(" | ").append(cell(f.message())).append(" | ").append(cell(f.fix())).append(" | ")
                        .append(cell(evidenceText(f))).append(" |\n");
            }
        }
        out.append("\n").append(provenanceText(d.provenance())).append('\n');
        return out.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** The JSON object of architecture.md's "Diagnosis output". */
    public static String json(Diagnosis d, Optional<FaultList> groundTruth, Map<String, SubjectScore> scores) {
        ObjectNode root = JSON.createObjectNode();
        root.put("subject", d.subjectId());
        ObjectNode localisations = root.putObject("localisations");
        for (TechniqueRun t : d.techniques()) localisations.put(t.technique(), t.localisation().faults().toString());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : d.findings()) {
            ObjectNode o = findings.addObject();
            o.put("technique", f.technique());
            o.put("rule", f.rule());
            o.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            if (f.fault().isPresent()) o.put("fault", f.fault().get().toString());
            else o.putNull("fault");
            if (f.direction().isPresent()) o.put("direction", f.direction().get());
            o.put("message", f.message());
            o.put("fix", f.fix());
            o.set("evidence", JSON.valueToTree(f.evidence()));
            if (f.epoch().isPresent()) o.put("epoch", f.epoch().getAsInt());
            if (f.iteration().isPresent()) o.put("iteration", f.iteration().getAsLong());
        }
        root.put("rulesCompileMillis", d.rulesCompileMillis());
        ObjectNode runs = root.putObject("runs");
        for (TechniqueRun t : d.techniques()) {
            ObjectNode o = runs.putObject(t.technique());
            o.put("runs", t.localisation().runs());
            o.put("agreeing", t.localisation().agreeing());
            o.put("millis", t.millis());
            t.note().ifPresent(n -> o.put("note", n));
        }
        groundTruth.ifPresent(g -> root.put("groundTruth", g.toString()));
        if (!scores.isEmpty()) {
            ObjectNode score = root.putObject("score");
            scores.forEach((technique, s) -> {
                ObjectNode o = score.putObject(technique);
                if (s.score().isPresent()) {
                    o.put("rc", s.score().get().rc());
                    o.put("pr", s.score().get().pr());
                    o.put("f3", s.score().get().f3());
                } else {
                    o.put("falseAlarms", s.localisedFaults());
                }
            });
        }
        Provenance p = d.provenance();
        ObjectNode prov = root.putObject("provenance");
        prov.put("subjectId", p.subjectId());
        prov.put("subjectSha256", p.subjectSha256());
        prov.set("seeds", JSON.valueToTree(p.seeds()));
        prov.put("rulesSha256", p.rulesSha256());
        // Sorted: the record's map iterates in an order that changes from one JVM to the next, and two
        // diagnoses of the same inputs must print the same text (style guide 5.9).
        prov.set("classifierSha256", JSON.valueToTree(new java.util.TreeMap<>(p.classifierSha256())));
        prov.put("dnnflVersion", p.dnnflVersion());
        prov.put("javaVersion", p.javaVersion());
        prov.put("createdAt", p.createdAt().toString());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the diagnosis as JSON", e);
        }
    }
}

package dev.dnnfl.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dnnfl.score.CountedMatch;
import dev.dnnfl.score.Score;
import dev.dnnfl.score.ScoreProvenance;
import dev.dnnfl.score.ScoreTable;
import dev.dnnfl.score.ScoringRules;
import dev.dnnfl.score.SubjectGroup;
import dev.dnnfl.score.SubjectScore;
import dev.dnnfl.score.ToolScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A score table rendered for people (a text table, Markdown) or programs (TSV, JSON).
 *
 * <p>The text and Markdown tables have one row per subject and three columns (RC, PR, F3) per
 * tool, then the means over artificial, real and all subjects, then the provenance. A negative
 * control shows its false alarms instead of scores. The JSON is the architecture's
 * {@code {"tools": {TOOL: {"subjects": {ID: {"rc","pr","f3"}}, "averages": {...}}}}} plus the
 * negative controls, the rules and the provenance.
 */
public final class ScoreReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoreReport() {
    }

    /** The table in the given format, ending with a newline. */
    public static String render(ScoreTable table, ReportFormat format) {
        return switch (format) {
            case TEXT -> text(table);
            case MARKDOWN -> markdown(table);
            case TSV -> tsv(table);
            case JSON -> json(table);
        };
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }

    /** The subjects in ground-truth order; every tool is scored on the same subjects. */
    private static List<SubjectScore> rows(ScoreTable table) {
        return table.tools().isEmpty() ? List.of() : table.tools().get(0).subjects();
    }

    private static SubjectScore cell(ToolScore tool, SubjectScore row) {
        return tool.subject(row.subjectId()).orElseThrow();
    }

    private static long scoredSubjects(ScoreTable table, SubjectGroup group) {
        return rows(table).stream().filter(s -> !s.negativeControl() && group.contains(s.kind())).count();
    }

    /** A plain-text table aligned in columns. */
    public static String text(ScoreTable table) {
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("subject", "kind"));
        List<String> sub = new ArrayList<>(List.of("", ""));
        for (ToolScore t : table.tools()) {
            head.addAll(List.of(t.tool(), "", ""));
            sub.addAll(List.of("RC", "PR", "F3"));
        }
        lines.add(head);
        lines.add(sub);
        for (SubjectScore row : rows(table)) {
            List<String> line = new ArrayList<>(List.of(row.subjectId(), row.kind().code()));
            for (ToolScore t : table.tools()) line.addAll(scoreCells(cell(t, row)));
            lines.add(line);
        }
        for (SubjectGroup g : SubjectGroup.values()) {
            long n = scoredSubjects(table, g);
            if (n == 0) continue;
            List<String> line = new ArrayList<>(List.of("mean " + g.label(), "(" + n + ")"));
            for (ToolScore t : table.tools()) line.addAll(meanCells(t.averages().get(g)));
            lines.add(line);
        }
        StringBuilder out = new StringBuilder();
        out.append("Scores, mode ").append(table.rules().name())
                .append(": RC, PR, F3 per subject and tool; \"FA n\" = n false alarms on a negative control\n\n");
        out.append(aligned(lines));
        appendNegativeControls(table, out, "");
        out.append('\n');
        appendFooter(table, out, "");
        return out.toString();
    }

    private static List<String> scoreCells(SubjectScore s) {
        return s.score().map(sc -> List.of(number(sc.rc()), number(sc.pr()), number(sc.f3())))
                .orElseGet(() -> List.of("FA " + s.falseAlarms(), "", ""));
    }

    private static List<String> meanCells(Score s) {
        return s == null ? List.of("", "", "") : List.of(number(s.rc()), number(s.pr()), number(s.f3()));
    }

    private static String aligned(List<List<String>> lines) {
        int columns = lines.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) width[i] = Math.max(width[i], line.get(i).length());
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) l.append(i >= 2 && (i - 2) % 3 == 0 ? "   " : "  ");
                l.append(String.format("%-" + width[i] + "s", line.get(i)));
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static void appendNegativeControls(ScoreTable table, StringBuilder out, String prefix) {
        long controls = rows(table).stream().filter(SubjectScore::negativeControl).count();
        if (controls == 0) return;
        out.append('\n').append(prefix).append("False alarms on ").append(controls).append(" negative control(s): ")
                .append(table.tools().stream().map(t -> t.tool() + " " + t.falseAlarms())
                        .collect(Collectors.joining(", ")))
                .append('\n');
    }

    private static void appendFooter(ScoreTable table, StringBuilder out, String prefix) {
        ScoringRules rules = table.rules();
        ScoreProvenance p = table.provenance();
        out.append(prefix).append("rules: ").append(describe(rules)).append('\n');
        out.append(prefix).append("provenance: dnnfl ").append(p.dnnflVersion()).append(", java ").append(p.javaVersion())
                .append(", computed ").append(p.createdAt()).append('\n');
        p.inputSha256().forEach((role, sha) ->
                out.append(prefix).append("  ").append(role).append(" sha256 ").append(sha).append('\n'));
    }

    /** The scoring rules in one line of words. */
    static String describe(ScoringRules rules) {
        List<String> parts = new ArrayList<>();
        parts.add(rules.name());
        parts.add(rules.alternativesPerLayer() ? "alternatives counted per layer" : "faults counted per entry");
        parts.add(rules.recallDecimals().isPresent()
                ? "RC rounded to " + rules.recallDecimals().getAsInt() + " decimals" : "RC not rounded");
        parts.add(rules.precisionFromRecall() ? "PR = min(matched GT, localised) / localised"
                : "PR = matched localised / localised");
        parts.add(switch (rules.averaging()) {
            case BEST_RECALL -> "PR, F3 averaged over the best-RC candidates";
            case ALL -> "PR, F3 averaged over all candidates";
        });
        for (CountedMatch m : rules.countedMatches()) parts.add("counted match " + m);
        return String.join("; ", parts);
    }

    /** A Markdown table with the same rows as {@link #text}. */
    public static String markdown(ScoreTable table) {
        StringBuilder out = new StringBuilder();
        out.append("| subject | kind |");
        for (ToolScore t : table.tools()) {
            out.append(' ').append(t.tool()).append(" RC | ").append(t.tool()).append(" PR | ")
                    .append(t.tool()).append(" F3 |");
        }
        out.append("\n|---|---|").append("---:|".repeat(3 * table.tools().size())).append('\n');
        for (SubjectScore row : rows(table)) {
            out.append("| ").append(markdownText(row.subjectId())).append(" | ").append(row.kind().code()).append(" |");
            for (ToolScore t : table.tools()) {
                for (String c : scoreCells(cell(t, row))) out.append(' ').append(c).append(" |");
            }
            out.append('\n');
        }
        for (SubjectGroup g : SubjectGroup.values()) {
            long n = scoredSubjects(table, g);
            if (n == 0) continue;
            out.append("| **mean ").append(g.label()).append("** | (").append(n).append(") |");
            for (ToolScore t : table.tools()) {
                for (String c : meanCells(t.averages().get(g))) out.append(' ').append(c.isEmpty() ? "" : "**" + c + "**").append(" |");
            }
            out.append('\n');
        }
        appendNegativeControls(table, out, "");
        out.append('\n');
        StringBuilder footer = new StringBuilder();
        appendFooter(table, footer, "");
        for (String line : footer.toString().split("\n")) out.append(line.startsWith("  ") ? "  - " + line.strip() : "- " + line).append('\n');
        return out.toString();
    }

    private static String markdownText(String s) {
        return s.replace("|", "\\|");
    }

    /**
     * Tab-separated rows: {@code row tool subject kind rc pr f3 localised candidates best_candidates},
     * {@code row} being {@code subject} or {@code mean}; a mean has kind {@code A}, {@code R} or
     * {@code all}; a negative control has empty scores. {@code #} lines carry the rules and provenance.
     */
    public static String tsv(ScoreTable table) {
        StringBuilder out = new StringBuilder();
        StringBuilder footer = new StringBuilder();
        appendFooter(table, footer, "# ");
        out.append(footer);
        out.append("row\ttool\tsubject\tkind\trc\tpr\tf3\tlocalised\tcandidates\tbest_candidates\n");
        for (ToolScore t : table.tools()) {
            for (SubjectScore s : t.subjects()) {
                List<String> c = s.score().map(sc -> List.of(number(sc.rc()), number(sc.pr()), number(sc.f3())))
                        .orElse(List.of("", "", ""));
                out.append(String.join("\t", "subject", t.tool(), s.subjectId(), s.kind().code(), c.get(0), c.get(1),
                        c.get(2), String.valueOf(s.localisedFaults()), String.valueOf(s.candidates()),
                        String.valueOf(s.bestCandidates()))).append('\n');
            }
            for (Map.Entry<SubjectGroup, Score> e : t.averages().entrySet()) {
                Score sc = e.getValue();
                out.append(String.join("\t", "mean", t.tool(), "", e.getKey().label(), number(sc.rc()),
                        number(sc.pr()), number(sc.f3()), "", "", "")).append('\n');
            }
        }
        return out.toString();
    }

    /** The architecture's JSON, with negative controls, rules and provenance. */
    public static String json(ScoreTable table) {
        ObjectNode root = JSON.createObjectNode();
        root.put("mode", table.rules().name());
        ObjectNode tools = root.putObject("tools");
        for (ToolScore t : table.tools()) {
            ObjectNode tool = tools.putObject(t.tool());
            ObjectNode subjects = tool.putObject("subjects");
            ObjectNode controls = JSON.createObjectNode();
            for (SubjectScore s : t.subjects()) {
                if (s.negativeControl()) {
                    controls.putObject(s.subjectId()).put("false_alarms", s.falseAlarms());
                } else {
                    putScore(subjects.putObject(s.subjectId()), s.score().orElseThrow());
                }
            }
            ObjectNode averages = tool.putObject("averages");
            t.averages().forEach((g, sc) -> putScore(averages.putObject(g.label()), sc));
            tool.set("negative_controls", controls);
            tool.put("false_alarms", t.falseAlarms());
        }
        ScoringRules rules = table.rules();
        ObjectNode r = root.putObject("rules");
        r.put("name", rules.name());
        r.put("alternatives_per_layer", rules.alternativesPerLayer());
        if (rules.recallDecimals().isPresent()) r.put("recall_decimals", rules.recallDecimals().getAsInt());
        else r.putNull("recall_decimals");
        r.put("precision_from_recall", rules.precisionFromRecall());
        r.put("averaging", rules.averaging().name().toLowerCase(Locale.ROOT));
        ArrayNode counted = r.putArray("counted_matches");
        for (CountedMatch m : rules.countedMatches()) {
            counted.addObject().put("subject", m.subjectId()).put("tool", m.tool())
                    .put("localised", m.localised().toString()).put("ground_truth", m.groundTruth().toString());
        }
        ScoreProvenance p = table.provenance();
        ObjectNode prov = root.putObject("provenance");
        prov.put("mode", p.mode());
        ObjectNode inputs = prov.putObject("input_sha256");
        p.inputSha256().forEach(inputs::put);
        prov.put("dnnfl_version", p.dnnflVersion());
        prov.put("java_version", p.javaVersion());
        prov.put("created_at", p.createdAt().toString());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render scores as JSON", e);
        }
    }

    private static void putScore(ObjectNode node, Score s) {
        node.put("rc", s.rc());
        node.put("pr", s.pr());
        node.put("f3", s.f3());
    }
}

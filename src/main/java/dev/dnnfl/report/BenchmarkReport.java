package dev.dnnfl.report;

import dev.dnnfl.benchmark.BenchmarkResults;
import dev.dnnfl.benchmark.BenchmarkTables;
import dev.dnnfl.benchmark.CombinationRule;
import dev.dnnfl.benchmark.ResultsFolder;
import dev.dnnfl.benchmark.StudyFigures;
import dev.dnnfl.benchmark.SubjectProvenance;
import dev.dnnfl.benchmark.Technique;
import dev.dnnfl.benchmark.ToolResult;
import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.Score;
import dev.dnnfl.score.ScoreTable;
import dev.dnnfl.score.SubjectGroup;
import dev.dnnfl.score.SubjectScore;
import dev.dnnfl.score.ToolScore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The benchmark's report: the study's tables 4–8 (per tool the ground truth, the output and the
 * matches; RC, PR and F3 per subject), 10 and 11 (after neutrality analysis, and before/after),
 * 12 (time per tool and subject), a side-by-side table of dnnfl's averages and the study's, and
 * figure 2 (F3 against time), as Markdown ({@value #MARKDOWN}) and one self-contained HTML page
 * ({@value #HTML}) with the figure ({@value #FIGURE}) embedded. The {@code combined} tool appears
 * in every table like a fifth tool.
 */
public final class BenchmarkReport {
    /** The Markdown report's file name. */
    public static final String MARKDOWN = "tables.md";
    /** The HTML page's file name. */
    public static final String HTML = "index.html";
    /** The figure's file name. */
    public static final String FIGURE = "figure2-f3-vs-time.png";

    private static final Map<String, String> STUDY_TABLE = Map.of("DFD", "4", "DD", "5", "NL", "6", "UM", "7");

    private BenchmarkReport() {
    }

    private static String n2(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    private static String n3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    private static String seconds(OptionalDouble s) {
        return s.isPresent() ? n2(s.getAsDouble()) : "N/A";
    }

    /** Every table of the report, in order. */
    public static List<ReportTable> tables(BenchmarkTables t) {
        List<ReportTable> tables = new ArrayList<>();
        for (String tool : t.results().tools()) tables.add(localisations(t, tool));
        tables.add(scores(t, t.before(), "table-8", "RC, PR and F3 per subject and tool (the study's table 8)",
                "Against the original ground truth. GT #F = faults in the ground truth; FA n = n faults localised on "
                        + "a correct program (a negative control, left out of the averages).", false));
        t.after().ifPresent(after -> tables.add(scores(t, after, "table-10",
                "RC, PR and F3 after neutrality analysis (the study's table 10)",
                "Against the original ground truth and every alternative found: RC is the best over them, PR and F3 "
                        + "the mean over those reaching it. #alt = alternatives of the subject.", true)));
        tables.add(beforeAfter(t));
        tables.add(times(t));
        t.study().ifPresent(study -> tables.add(sideBySide(t, study)));
        tables.add(figureData(t));
        return tables;
    }

    private static String toolTitle(String tool) {
        Technique technique = Technique.fromCode(tool);
        return technique == null ? tool : tool + " (" + technique.title() + ")";
    }

    /** Tables 4–7: one tool's output and matches against the ground truth. */
    static ReportTable localisations(BenchmarkTables t, String tool) {
        String number = STUDY_TABLE.get(tool);
        String title = "Localisations of " + toolTitle(tool)
                + (number != null ? " (the study's table " + number + ")" : " (like the study's tables 4–7)");
        List<List<String>> rows = new ArrayList<>();
        for (GroundTruth truth : t.results().groundTruths()) {
            ToolResult r = t.results().result(truth.subjectId(), tool).orElseThrow();
            List<Boolean> m = t.matches(truth, tool);
            rows.add(List.of(truth.subjectId(), truth.kind().code(), truth.faults().toString(),
                    String.valueOf(m.size()),
                    m.isEmpty() ? "-" : m.stream().map(b -> b ? "1" : "0").collect(Collectors.joining(", ")),
                    String.valueOf(t.matched(truth, tool)), r.localisation().toString(),
                    String.valueOf(r.runs()), n2(r.agreement())));
        }
        List<List<String>> summary = new ArrayList<>();
        for (SubjectGroup g : SubjectGroup.values()) {
            List<GroundTruth> in = t.results().groundTruths().stream()
                    .filter(gt -> !gt.negativeControl() && g.contains(gt.kind())).toList();
            if (in.isEmpty()) continue;
            double f = in.stream().mapToInt(gt -> gt.faults().faults().size()).average().orElseThrow();
            double m = in.stream().mapToInt(gt -> t.matched(gt, tool)).average().orElseThrow();
            summary.add(List.of(groupLabel(g), "", "", n2(f), "", n2(m), "", "", ""));
        }
        String caption = "GT = ground truth, #F = its faults, Matches-GT = 1 for each ground-truth fault the output "
                + "matches, #M = matched faults; the output is the most frequent over the runs, agreement the share of "
                + "runs that gave it." + (tool.equals(CombinationRule.TOOL)
                ? " combined keeps a fault type reported by at least " + t.results().combination().minVotes()
                + " technique(s), with their layers merged." : "");
        return new ReportTable("localisations-" + tool, title, caption,
                List.of("Id", "kind", "GT", "#F", "Matches-GT", "#M", tool + "-output", "runs", "agreement"),
                rows, summary);
    }

    private static String groupLabel(SubjectGroup g) {
        return switch (g) {
            case ARTIFICIAL -> "Avg. (A)";
            case REAL -> "Avg. (R)";
            case ALL -> "T.A.";
        };
    }

    /** Tables 8 and 10: RC, PR and F3 per subject and tool. */
    static ReportTable scores(BenchmarkTables t, ScoreTable table, String anchor, String title, String caption,
                              boolean withAlternatives) {
        List<String> header = new ArrayList<>(List.of("Id", "kind", withAlternatives ? "#alt" : "GT #F"));
        for (ToolScore tool : table.tools()) {
            for (String m : List.of("RC", "PR", "F3")) header.add(tool.tool() + " " + m);
        }
        List<List<String>> rows = new ArrayList<>();
        for (GroundTruth truth : t.results().groundTruths()) {
            List<String> row = new ArrayList<>(List.of(truth.subjectId(), truth.kind().code(), withAlternatives
                    ? String.valueOf(t.results().alternativesOf(truth.subjectId()).size())
                    : String.valueOf(truth.faults().faults().size())));
            for (ToolScore tool : table.tools()) {
                SubjectScore s = tool.subject(truth.subjectId()).orElseThrow();
                row.addAll(s.score().map(sc -> List.of(n2(sc.rc()), n2(sc.pr()), n2(sc.f3())))
                        .orElseGet(() -> List.of("FA " + s.falseAlarms(), "", "")));
            }
            rows.add(row);
        }
        List<List<String>> summary = new ArrayList<>();
        for (SubjectGroup g : SubjectGroup.values()) {
            if (table.tools().isEmpty() || !table.tools().get(0).averages().containsKey(g)) continue;
            List<String> row = new ArrayList<>(List.of(groupLabel(g), "", ""));
            for (ToolScore tool : table.tools()) {
                Score s = tool.averages().get(g);
                row.addAll(List.of(n2(s.rc()), n2(s.pr()), n2(s.f3())));
            }
            summary.add(row);
        }
        return new ReportTable(anchor, title, caption + " Scoring rules: " + ScoreReport.describe(t.rules()) + ".",
                header, rows, summary);
    }

    /** Table 11: the averages before and after neutrality analysis. */
    static ReportTable beforeAfter(BenchmarkTables t) {
        List<String> header = new ArrayList<>(List.of("", "group"));
        for (ToolScore tool : t.before().tools()) {
            for (String m : List.of("RC", "PR", "F3")) header.add(tool.tool() + " " + m);
        }
        List<List<String>> rows = new ArrayList<>();
        addAverages(rows, "before neutrality analysis", t.before());
        t.after().ifPresent(after -> addAverages(rows, "after neutrality analysis", after));
        return new ReportTable("table-11", "Averages before and after neutrality analysis (the study's table 11)",
                t.after().isPresent() ? "AF = artificial faults, RF = real faults, T.A. = all subjects."
                        : "No alternative ground truths in these results, so there is no 'after' half: run "
                        + "'dnnfl benchmark run --with-neutrality' with the alternatives a neutrality search found.",
                header, rows, List.of());
    }

    private static void addAverages(List<List<String>> rows, String when, ScoreTable table) {
        for (SubjectGroup g : SubjectGroup.values()) {
            if (table.tools().isEmpty() || !table.tools().get(0).averages().containsKey(g)) continue;
            List<String> row = new ArrayList<>(List.of(when, switch (g) {
                case ARTIFICIAL -> "AF Avg.";
                case REAL -> "RF Avg.";
                case ALL -> "T.A.";
            }));
            for (ToolScore tool : table.tools()) {
                Score s = tool.averages().get(g);
                row.addAll(List.of(n2(s.rc()), n2(s.pr()), n2(s.f3())));
            }
            rows.add(row);
        }
    }

    /** Table 12: time per tool and subject, with the study's next to it when known. */
    static ReportTable times(BenchmarkTables t) {
        List<String> tools = t.results().tools();
        Optional<StudyFigures> study = t.study().filter(StudyFigures::hasTimes);
        List<String> header = new ArrayList<>(List.of("Id"));
        for (String tool : tools) {
            header.add(tool + " s");
            if (study.isPresent() && study.get().tools().contains(tool)) header.add(tool + " s (study)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String id : t.results().subjectIds()) {
            List<String> row = new ArrayList<>(List.of(id));
            for (String tool : tools) {
                ToolResult r = t.results().result(id, tool).orElseThrow();
                row.add(r.localisation().notApplicable() ? "N/A" : n2(r.seconds()));
                if (study.isPresent() && study.get().tools().contains(tool)) row.add(seconds(study.get().seconds(tool, id)));
            }
            rows.add(row);
        }
        List<List<String>> summary = new ArrayList<>();
        for (boolean common : List.of(true, false)) {
            List<String> row = new ArrayList<>(List.of(common ? "Avg." : "T.A."));
            for (String tool : tools) {
                row.add(seconds(t.meanSeconds(tool, common)));
                if (study.isPresent() && study.get().tools().contains(tool)) {
                    row.add(common ? "" : seconds(study.get().meanSeconds(tool)));
                }
            }
            summary.add(row);
        }
        return new ReportTable("table-12", "Execution time in seconds (the study's table 12)",
                "Mean seconds of one run of a tool on a subject (combined = the sum of the techniques'). Avg. = mean "
                        + "over the subjects on which every technique ran, T.A. = mean over the subjects the tool ran on."
                        + (study.isPresent() ? " The study's times are for its Python tools on its hardware." : ""),
                header, rows, summary);
    }

    /** dnnfl's averages next to the study's, before and after neutrality analysis. */
    static ReportTable sideBySide(BenchmarkTables t, StudyFigures study) {
        List<List<String>> rows = new ArrayList<>();
        for (String tool : t.results().tools()) {
            for (boolean after : List.of(false, true)) {
                Optional<ScoreTable> table = after ? t.after() : Optional.of(t.before());
                Map<SubjectGroup, Score> theirs = study.averages(tool, after);
                if (table.isEmpty() && theirs.isEmpty()) continue;
                for (SubjectGroup g : SubjectGroup.values()) {
                    Score ours = table.flatMap(x -> x.tool(tool)).map(x -> x.averages().get(g)).orElse(null);
                    Score study3 = theirs.get(g);
                    if (ours == null && study3 == null) continue;
                    rows.add(List.of(tool, after ? "after" : "before", g.label(),
                            ours == null ? "" : n3(ours.rc()), ours == null ? "" : n3(ours.pr()),
                            ours == null ? "" : n3(ours.f3()),
                            study3 == null ? "" : n3(study3.rc()), study3 == null ? "" : n3(study3.pr()),
                            study3 == null ? "" : n3(study3.f3())));
                }
            }
        }
        return new ReportTable("side-by-side", "dnnfl's averages next to the study's",
                "Mean RC, PR and F3 over artificial (A), real (R) and all subjects, before and after neutrality analysis; "
                        + "the study's are the means of its per-subject scores (its tables 8 and 10). dnnfl's 'after' "
                        + "column is empty when these results carry no alternatives; the study has no combined tool.",
                List.of("tool", "neutrality", "group", "dnnfl RC", "dnnfl PR", "dnnfl F3", "study RC", "study PR",
                        "study F3"), rows, List.of());
    }

    /** The points of figure 2. */
    static ReportTable figureData(BenchmarkTables t) {
        List<List<String>> rows = new ArrayList<>();
        for (TimeVersusF3Chart.Point p : TimeVersusF3Chart.dnnflPoints(t)) {
            rows.add(List.of(p.label(), "dnnfl", n2(p.seconds()), n3(p.f3())));
        }
        for (TimeVersusF3Chart.Point p : TimeVersusF3Chart.studyPoints(t)) {
            rows.add(List.of(p.label(), "study", n2(p.seconds()), n3(p.f3())));
        }
        return new ReportTable("figure-2", "F3 against time per tool (the study's figure 2)",
                "Mean time of a run (T.A. of table 12) and mean F3 over all subjects"
                        + (t.figureAfterNeutrality() ? " after neutrality analysis (table 10)." : " (table 8)."),
                List.of("tool", "from", "mean seconds", "mean F3"), rows, List.of());
    }

    /** The provenance lines shared by both formats. */
    static List<String> provenance(BenchmarkResults results) {
        List<String> lines = new ArrayList<>();
        Optional<SubjectProvenance> any = results.anyProvenance();
        any.ifPresent(p -> {
            lines.add("rule files sha256: " + p.rulesSha256());
            lines.add("classifiers sha256: " + (p.classifierSha256().isEmpty() ? "none" : p.classifierSha256().toString()));
            lines.add("seed " + p.seed() + ", runs per subject: " + results.provenance().stream()
                    .map(SubjectProvenance::runs).distinct().map(String::valueOf).collect(Collectors.joining(", ")));
            lines.add("dnnfl " + p.dnnflVersion() + ", java " + p.javaVersion());
        });
        Instant first = results.provenance().stream().map(SubjectProvenance::createdAt).min(Instant::compareTo).orElse(null);
        Instant last = results.provenance().stream().map(SubjectProvenance::createdAt).max(Instant::compareTo).orElse(null);
        if (first != null) lines.add("subjects run from " + first + " to " + last);
        lines.add("combined: a fault type kept when at least " + results.combination().minVotes()
                + " technique(s) report it");
        for (ToolResult r : results.results()) {
            if (!r.note().isEmpty()) lines.add("note: " + r.subjectId() + " " + r.tool() + ": " + r.note());
        }
        return lines;
    }

    /**
     * A short text summary for the terminal: per tool the mean RC, PR and F3 over all subjects
     * before (and after) neutrality analysis and the mean seconds of a run.
     */
    public static String summary(BenchmarkTables t) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-9s %-23s %-23s %s%n", "tool", "before: RC / PR / F3",
                t.after().isPresent() ? "after: RC / PR / F3" : "after: (no alternatives)", "mean s"));
        for (String tool : t.results().tools()) {
            Score b = t.before().tool(tool).map(x -> x.averages().get(SubjectGroup.ALL)).orElse(null);
            Score a = t.after().flatMap(x -> x.tool(tool)).map(x -> x.averages().get(SubjectGroup.ALL)).orElse(null);
            out.append(String.format(Locale.ROOT, "%-9s %-23s %-23s %s%n", tool, triple(b), triple(a),
                    seconds(t.meanSeconds(tool, false))));
        }
        return out.toString();
    }

    private static String triple(Score s) {
        return s == null ? "-" : n3(s.rc()) + " / " + n3(s.pr()) + " / " + n3(s.f3());
    }

    /** The report as Markdown; the figure is linked by its file name. */
    public static String markdown(BenchmarkTables t) {
        StringBuilder out = new StringBuilder("# Benchmark results\n\n");
        out.append(t.results().subjectIds().size()).append(" subjects, tools ")
                .append(String.join(", ", t.results().tools())).append(".\n\n");
        for (String line : provenance(t.results())) out.append("- ").append(md(line)).append('\n');
        out.append('\n');
        for (ReportTable table : tables(t)) {
            out.append("## ").append(md(table.title())).append("\n\n");
            out.append(md(table.caption())).append("\n\n");
            out.append('|');
            for (String h : table.header()) out.append(' ').append(md(h)).append(" |");
            out.append("\n|").append("---|".repeat(table.header().size())).append('\n');
            for (List<String> row : table.rows()) appendRow(out, row, false);
            for (List<String> row : table.summary()) appendRow(out, row, true);
            out.append('\n');
            if (table.anchor().equals("figure-2")) out.append("![F3 against time per tool](").append(FIGURE).append(")\n\n");
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> row, boolean bold) {
        out.append('|');
        for (String c : row) out.append(' ').append(bold && !c.isEmpty() ? "**" + md(c) + "**" : md(c)).append(" |");
        out.append('\n');
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The report as one self-contained HTML page, with the figure's PNG embedded. */
    public static String html(BenchmarkTables t, byte[] figurePng) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>dnnfl benchmark results</title>\n<style>\n"
                + "body{font-family:sans-serif;margin:2em;max-width:80em}"
                + "table{border-collapse:collapse;margin:0.5em 0 2em}"
                + "th,td{border:1px solid #ccc;padding:0.2em 0.5em;text-align:right}"
                + "td:first-child,th:first-child{text-align:left}"
                + "tr.summary td{font-weight:bold;background:#f3f3f3}"
                + "caption{caption-side:bottom;text-align:left;font-size:0.9em;color:#444;padding-top:0.3em}"
                + "\n</style>\n</head>\n<body>\n<h1>Benchmark results</h1>\n");
        out.append("<p>").append(t.results().subjectIds().size()).append(" subjects, tools ")
                .append(html(String.join(", ", t.results().tools()))).append(".</p>\n<ul>\n");
        for (String line : provenance(t.results())) out.append("<li>").append(html(line)).append("</li>\n");
        out.append("</ul>\n<nav><ul>\n");
        List<ReportTable> tables = tables(t);
        for (ReportTable table : tables) {
            out.append("<li><a href=\"#").append(table.anchor()).append("\">").append(html(table.title()))
                    .append("</a></li>\n");
        }
        out.append("</ul></nav>\n");
        for (ReportTable table : tables) {
            out.append("<h2 id=\"").append(table.anchor()).append("\">").append(html(table.title())).append("</h2>\n");
            out.append("<table>\n<caption>").append(html(table.caption())).append("</caption>\n<tr>");
            for (String h : table.header()) out.append("<th>").append(html(h)).append("</th>");
            out.append("</tr>\n");
            for (List<String> row : table.rows()) htmlRow(out, row, false);
            for (List<String> row : table.summary()) htmlRow(out, row, true);
            out.append("</table>\n");
            if (table.anchor().equals("figure-2")) {
                out.append("<p><a href=\"").append(FIGURE).append("\"><img alt=\"F3 against time per tool\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(figurePng)).append("\"></a></p>\n");
            }
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void htmlRow(StringBuilder out, List<String> row, boolean summary) {
        out.append(summary ? "<tr class=\"summary\">" : "<tr>");
        for (String c : row) out.append("<td>").append(html(c)).append("</td>");
        out.append("</tr>\n");
    }

    /**
     * Writes the results files, the Markdown report, the HTML page and the figure into a folder,
     * each atomically (a temporary file moved into place); returns the files written.
     */
    public static List<Path> write(Path folder, BenchmarkTables t) {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : ResultsFolder.render(t.results()).entrySet()) {
            Path p = folder.resolve(file.getKey());
            ReportFile.write(p, file.getValue());
            written.add(p);
        }
        byte[] png = TimeVersusF3Chart.png(t);
        Path figure = folder.resolve(FIGURE);
        ReportFile.write(figure, png);
        written.add(figure);
        Path md = folder.resolve(MARKDOWN);
        ReportFile.write(md, markdown(t));
        written.add(md);
        Path page = folder.resolve(HTML);
        ReportFile.write(page, html(t, png));
        written.add(page);
        return written;
    }
}

package dev.dnnfl.benchmark;

import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.ScorerInput;
import dev.dnnfl.score.ToolLocalisation;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The stored form of a {@link BenchmarkResults}: the tab-separated files of a results folder.
 *
 * <ul>
 *   <li>{@code ground-truth.tsv} — {@code id kind faults} (the scorer's file);</li>
 *   <li>{@code alternatives.tsv} — {@code id faults}, one alternative ground truth a line;</li>
 *   <li>{@code outputs.tsv} — {@code id tool faults} (the scorer's file, {@code combined} included);</li>
 *   <li>{@code timings.tsv} — {@code id tool seconds runs agreement note}: the mean seconds of a
 *       run, the number of runs and the share of runs that gave the reported localisation;</li>
 *   <li>{@code provenance.tsv} — per subject the hashes of the subject, the rule files and the
 *       classifiers, the seed, the runs, the combination's minimum votes, the versions and the time.</li>
 * </ul>
 * The scorer can read the first three directly ({@code dnnfl score}).
 */
public final class ResultsFolder {
    /** The files of a results folder, in the order they are written. */
    public static final List<String> FILES = List.of("ground-truth.tsv", "alternatives.tsv", "outputs.tsv",
            "timings.tsv", "provenance.tsv");
    private static final String TIMINGS_HEADER = "id\ttool\tseconds\truns\tagreement\tnote";
    private static final String PROVENANCE_HEADER = "id\tsubject_sha256\trules_sha256\tclassifiers_sha256\tseed\truns"
            + "\tmin_votes\tdnnfl\tjava\tcreated_at";

    private ResultsFolder() {
    }

    /** The text of every file of the folder, by file name. */
    public static Map<String, String> render(BenchmarkResults results) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder gt = new StringBuilder("# id\tkind\tfaults (A = artificial, R = real; - = a correct program)\n");
        for (GroundTruth t : results.groundTruths()) {
            gt.append(t.subjectId()).append('\t').append(t.kind().code()).append('\t').append(t.faults()).append('\n');
        }
        files.put("ground-truth.tsv", gt.toString());
        StringBuilder alt = new StringBuilder("# id\tfaults: alternative ground truths (fixes found by neutrality analysis)\n");
        results.alternatives().forEach((id, lists) -> lists.forEach(l -> alt.append(id).append('\t').append(l).append('\n')));
        files.put("alternatives.tsv", alt.toString());
        StringBuilder out = new StringBuilder("# id\ttool\tfaults (- = nothing localised, N/A = the tool could not run)\n");
        for (ToolResult r : results.results()) {
            out.append(r.subjectId()).append('\t').append(r.tool()).append('\t').append(r.localisation()).append('\n');
        }
        files.put("outputs.tsv", out.toString());
        StringBuilder timings = new StringBuilder("# mean seconds of one run; agreement = share of runs that gave the reported localisation\n")
                .append(TIMINGS_HEADER).append('\n');
        for (ToolResult r : results.results()) {
            timings.append(String.join("\t", r.subjectId(), r.tool(), number(r.seconds()), String.valueOf(r.runs()),
                    number(r.agreement()), r.note())).append('\n');
        }
        files.put("timings.tsv", timings.toString());
        StringBuilder prov = new StringBuilder("# where each subject's results come from; one table holds one rules/classifiers configuration\n")
                .append(PROVENANCE_HEADER).append('\n');
        for (SubjectProvenance p : results.provenance()) {
            String classifiers = p.classifierSha256().isEmpty() ? "-" : p.classifierSha256().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
            prov.append(String.join("\t", p.subjectId(), p.subjectSha256(), p.rulesSha256(), classifiers,
                    String.valueOf(p.seed()), String.valueOf(p.runs()), String.valueOf(results.combination().minVotes()),
                    p.dnnflVersion(), p.javaVersion(), p.createdAt().toString())).append('\n');
        }
        files.put("provenance.tsv", prov.toString());
        return files;
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    /**
     * Reads a results folder. A missing file or a bad line is a {@link UserError} naming the
     * file and line; results of different rules or classifiers are refused.
     */
    public static BenchmarkResults read(Path folder) {
        if (!Files.isDirectory(folder)) throw UserError.missingFile(folder, "no such results folder");
        ScorerInput input = ScorerInput.read(folder.resolve("ground-truth.tsv"), folder.resolve("alternatives.tsv"),
                folder.resolve("outputs.tsv"));
        Map<String, String[]> timings = new HashMap<>();
        Path timingsFile = folder.resolve("timings.tsv");
        for (Line line : lines(timingsFile, TIMINGS_HEADER)) {
            String[] c = line.cells(5, 6);
            if (timings.put(c[0] + "\t" + c[1], c) != null) throw line.error("a second line for " + c[0] + " " + c[1]);
        }
        List<ToolResult> results = new ArrayList<>();
        for (ToolLocalisation l : input.localisations()) {
            String[] c = timings.get(l.subjectId() + "\t" + l.tool());
            if (c == null) {
                throw new UserError(timingsFile + ": no line for subject " + l.subjectId() + " and tool " + l.tool()
                        + " (outputs.tsv has one)");
            }
            try {
                results.add(new ToolResult(l.subjectId(), l.tool(), l.faults(), Double.parseDouble(c[2]),
                        Integer.parseInt(c[3]), Double.parseDouble(c[4]), c.length > 5 ? c[5] : ""));
            } catch (IllegalArgumentException e) {
                throw new UserError(timingsFile + ": " + l.subjectId() + " " + l.tool() + ": " + e.getMessage()
                        + " (expected seconds >= 0, runs >= 1, agreement in (0, 1])");
            }
        }
        Path provenanceFile = folder.resolve("provenance.tsv");
        List<SubjectProvenance> provenance = new ArrayList<>();
        Integer minVotes = null;
        for (Line line : lines(provenanceFile, PROVENANCE_HEADER)) {
            String[] c = line.cells(10, 10);
            Map<String, String> classifiers = new TreeMap<>();
            if (!c[3].equals("-")) {
                for (String pair : c[3].split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) throw line.error("classifiers_sha256: expected NAME=HASH;… or -, found '" + c[3] + "'");
                    classifiers.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            int votes;
            try {
                votes = Integer.parseInt(c[6]);
                provenance.add(new SubjectProvenance(c[0], c[1], c[2], classifiers, Long.parseLong(c[4]),
                        Integer.parseInt(c[5]), c[7], c[8], Instant.parse(c[9])));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw line.error(e.getMessage() + " (expected " + PROVENANCE_HEADER.replace("\t", " ") + ")");
            }
            if (minVotes != null && minVotes != votes) {
                throw line.error("min_votes " + votes + " differs from the earlier lines' " + minVotes);
            }
            minVotes = votes;
        }
        if (minVotes == null) throw new UserError(provenanceFile + ": no provenance lines");
        if (!BenchmarkResults.oneConfiguration(provenance)) {
            throw new UserError(provenanceFile + ": results of different rules or classifiers cannot share a table ("
                    + BenchmarkResults.configurationsBySubject(provenance) + "); rerun the subjects with one configuration");
        }
        try {
            return new BenchmarkResults(input.groundTruths(), input.alternatives(), results,
                    new CombinationRule(minVotes), provenance);
        } catch (IllegalArgumentException e) {
            throw new UserError(folder + ": inconsistent results: " + e.getMessage());
        }
    }

    /** One data line of a results file. */
    private record Line(Path file, int number, String[] raw) {
        String[] cells(int min, int max) {
            if (raw.length < min || raw.length > max) {
                throw error("expected " + (min == max ? min : min + " to " + max) + " tab-separated columns, found "
                        + raw.length);
            }
            return raw;
        }

        UserError error(String what) {
            return UserError.atLine(file.toString(), number, 0, what);
        }
    }

    private static List<Line> lines(Path file, String header) {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw UserError.missingFile(file, "no such file");
        } catch (IOException e) {
            throw UserError.missingFile(file, "cannot read file (" + e.getMessage() + ")");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String t = text.get(i);
            if (t.isBlank() || t.startsWith("#") || t.equals(header)) continue;
            lines.add(new Line(file, i + 1, t.split("\t", -1)));
        }
        return lines;
    }

}

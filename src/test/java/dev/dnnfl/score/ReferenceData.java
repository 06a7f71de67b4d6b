package dev.dnnfl.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The study's data copied into the test resources (see {@code reference/README.md}). */
final class ReferenceData {
    private ReferenceData() {
    }

    static Path file(String name) {
        try {
            return Path.of(ReferenceData.class.getResource("/reference/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scores the reference outputs with the given rules and alternatives file (or none). */
    static ScoreTable score(ScoringRules rules, String alternatives) {
        ScorerInput input = ScorerInput.read(file("ground-truth.tsv"),
                alternatives == null ? null : file(alternatives), file("outputs.tsv"));
        return Scorer.of(rules).scoreAll(input, ScoreProvenance.inMemory(rules.name(), "test", Instant.EPOCH));
    }

    /** One row of {@code scores-study.tsv}: the study's scores before and after neutrality analysis. */
    record StudyRow(String subject, String tool, Score before, Score after) {
    }

    /** The 88 issue-tool rows of {@code scores-study.tsv}. */
    static List<StudyRow> studyRows() {
        try {
            return Files.readAllLines(file("scores-study.tsv")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(c -> new StudyRow(c[0], c[1],
                            new Score(Double.parseDouble(c[2]), Double.parseDouble(c[3]), Double.parseDouble(c[4])),
                            new Score(Double.parseDouble(c[5]), Double.parseDouble(c[6]), Double.parseDouble(c[7]))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per tool, the mean over all subjects, each component rounded to 3 decimals as the README gives them. */
    static Map<String, List<Double>> totals(ScoreTable table) {
        Map<String, List<Double>> totals = new LinkedHashMap<>();
        for (ToolScore t : table.tools()) {
            Score s = t.averages().get(SubjectGroup.ALL);
            totals.put(t.tool(), List.of(round3(s.rc()), round3(s.pr()), round3(s.f3())));
        }
        return totals;
    }

    static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    static double round4(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}

package dev.dnnfl.benchmark;

import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.ScorerInput;
import dev.dnnfl.spec.FaultList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark result set made of the study's own outputs (no training): its ground truths, its four
 * tools' localisations, the combined tool, and as fake timings the study's table 12 (0 s where it
 * has none).
 */
public final class StudyResults {
    private StudyResults() {
    }

    /** The study's table 12 times, by {@code id<TAB>tool}. */
    public static Map<String, Double> studyTimes() {
        Map<String, Double> times = new HashMap<>();
        try {
            for (String line : Files.readAllLines(StudyData.file("times-study.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                times.put(c[0] + "\t" + c[1], Double.parseDouble(c[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return times;
    }

    /** The study's results with the alternatives of the given reference file (or none). */
    public static BenchmarkResults of(String alternatives) {
        ScorerInput study = StudyData.input(alternatives);
        Map<String, Double> times = studyTimes();
        List<ToolResult> results = new ArrayList<>();
        List<SubjectProvenance> provenance = new ArrayList<>();
        CombinationRule rule = CombinationRule.standard();
        for (GroundTruth truth : study.groundTruths()) {
            String id = truth.subjectId();
            Map<String, FaultList> byTool = new LinkedHashMap<>();
            double sum = 0;
            for (String tool : study.tools()) {
                FaultList faults = study.localisation(id, tool).orElseThrow().faults();
                double s = times.getOrDefault(id + "\t" + tool, 0.0);
                results.add(ToolResult.of(id, tool, faults, s, 1, 1));
                byTool.put(tool, faults);
                sum += s;
            }
            results.add(ToolResult.of(id, CombinationRule.TOOL, rule.combine(byTool), sum, 1, 1));
            provenance.add(provenance(id, "rules-1"));
        }
        return new BenchmarkResults(study.groundTruths(), study.alternatives(), results, rule, provenance);
    }

    /** A provenance of a subject under the given rules hash. */
    public static SubjectProvenance provenance(String id, String rules) {
        return new SubjectProvenance(id, "sha-" + id, rules, Map.of(), 1, 1, "test", "17", Instant.EPOCH);
    }
}

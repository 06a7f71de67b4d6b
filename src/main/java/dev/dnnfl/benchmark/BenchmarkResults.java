package dev.dnnfl.benchmark;

import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.ScorerInput;
import dev.dnnfl.score.ToolLocalisation;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A benchmark result set: the subjects' ground truths and alternative ground truths, what every
 * tool localised on every subject with its time, runs and agreement, the combination rule of the
 * {@code combined} tool, and each subject's provenance. Everything the study's tables are made
 * from, so that they can be rebuilt without training anything.
 *
 * <p>Invariants: subject ids are unique; every tool has exactly one result per subject; every
 * subject has one provenance; all provenances share one configuration (rule files and
 * classifiers), because results of different rules or classifiers must not share a table.
 * Subjects are kept in the study's order (M, C, R, D, then others by id); tools in the study's
 * order (DFD, DD, NL, UM), then {@code combined}, then any others.
 */
public record BenchmarkResults(List<GroundTruth> groundTruths, Map<String, List<FaultList>> alternatives,
                               List<ToolResult> results, CombinationRule combination,
                               List<SubjectProvenance> provenance) {
    /** The study's order of the tools in its tables. */
    public static final List<String> TOOL_ORDER = List.of("DFD", "DD", "NL", "UM", CombinationRule.TOOL);

    public BenchmarkResults {
        groundTruths = groundTruths.stream().sorted(Comparator.comparing(GroundTruth::subjectId, SubjectOrder.STUDY))
                .toList();
        Map<String, List<FaultList>> alts = new LinkedHashMap<>();
        for (GroundTruth t : groundTruths) {
            List<FaultList> lists = alternatives.get(t.subjectId());
            if (lists != null && !lists.isEmpty()) alts.put(t.subjectId(), List.copyOf(lists));
        }
        Set<String> ids = new HashSet<>();
        for (GroundTruth t : groundTruths) {
            if (!ids.add(t.subjectId())) throw new IllegalArgumentException("duplicate subject " + t.subjectId());
        }
        for (String id : alternatives.keySet()) {
            if (!ids.contains(id)) throw new IllegalArgumentException("alternatives for unknown subject " + id);
        }
        alternatives = Collections.unmodifiableMap(alts);
        results = results.stream().sorted(Comparator.comparing((ToolResult r) -> toolRank(r.tool()))
                        .thenComparing(ToolResult::tool)
                        .thenComparing(ToolResult::subjectId, SubjectOrder.STUDY))
                .toList();
        Objects.requireNonNull(combination, "combination");
        provenance = provenance.stream().sorted(Comparator.comparing(SubjectProvenance::subjectId, SubjectOrder.STUDY))
                .toList();
        validate(groundTruths, ids, results, provenance);
    }

    private static int toolRank(String tool) {
        int i = TOOL_ORDER.indexOf(tool);
        return i < 0 ? TOOL_ORDER.size() : i;
    }

    private static void validate(List<GroundTruth> truths, Set<String> ids, List<ToolResult> results,
                                 List<SubjectProvenance> provenance) {
        Set<String> seen = new HashSet<>();
        for (ToolResult r : results) {
            if (!ids.contains(r.subjectId())) throw new IllegalArgumentException("result for unknown subject " + r.subjectId());
            if (!seen.add(r.subjectId() + "\t" + r.tool())) {
                throw new IllegalArgumentException("two results of " + r.tool() + " on " + r.subjectId());
            }
        }
        for (String tool : tools(results)) {
            List<String> missing = truths.stream().map(GroundTruth::subjectId)
                    .filter(id -> !seen.contains(id + "\t" + tool)).toList();
            if (!missing.isEmpty()) throw new IllegalArgumentException("tool " + tool + " has no result for " + missing);
        }
        Set<String> covered = new HashSet<>();
        for (SubjectProvenance p : provenance) {
            if (!ids.contains(p.subjectId())) throw new IllegalArgumentException("provenance of unknown subject " + p.subjectId());
            if (!covered.add(p.subjectId())) throw new IllegalArgumentException("two provenances of " + p.subjectId());
        }
        if (!covered.equals(ids)) {
            throw new IllegalArgumentException("subjects without provenance: "
                    + ids.stream().filter(id -> !covered.contains(id)).sorted(SubjectOrder.STUDY).toList());
        }
        Set<String> configurations = provenance.stream().map(SubjectProvenance::configuration)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (configurations.size() > 1) {
            throw new IllegalArgumentException("results of different rules or classifiers cannot share a table: "
                    + configurationsBySubject(provenance));
        }
    }

    /** Each configuration with the subjects run under it, for error messages. */
    static String configurationsBySubject(List<SubjectProvenance> provenance) {
        Map<String, List<String>> bySubject = new LinkedHashMap<>();
        for (SubjectProvenance p : provenance) {
            bySubject.computeIfAbsent(p.configuration(), k -> new ArrayList<>()).add(p.subjectId());
        }
        return bySubject.entrySet().stream().map(e -> e.getValue() + " ran with " + e.getKey())
                .collect(Collectors.joining("; "));
    }

    /** Whether the given provenances share one configuration (rule files and classifiers). */
    public static boolean oneConfiguration(List<SubjectProvenance> provenance) {
        return provenance.stream().map(SubjectProvenance::configuration).distinct().count() <= 1;
    }

    private static List<String> tools(List<ToolResult> results) {
        return List.copyOf(results.stream().map(ToolResult::tool).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The tools, in the study's order, then {@code combined}, then any others. */
    public List<String> tools() {
        return tools(results);
    }

    /** The subject ids, in the study's order. */
    public List<String> subjectIds() {
        return groundTruths.stream().map(GroundTruth::subjectId).toList();
    }

    /** The result of one tool on one subject. */
    public Optional<ToolResult> result(String subjectId, String tool) {
        return results.stream().filter(r -> r.subjectId().equals(subjectId) && r.tool().equals(tool)).findFirst();
    }

    /** The results of one tool, in subject order. */
    public List<ToolResult> resultsOf(String tool) {
        return results.stream().filter(r -> r.tool().equals(tool)).toList();
    }

    /** The ground truth of a subject. */
    public Optional<GroundTruth> groundTruth(String subjectId) {
        return groundTruths.stream().filter(t -> t.subjectId().equals(subjectId)).findFirst();
    }

    /** The alternative ground truths of a subject; empty when it has none. */
    public List<FaultList> alternativesOf(String subjectId) {
        return alternatives.getOrDefault(subjectId, List.of());
    }

    /** Whether any subject has alternative ground truths (neutrality analysis found some). */
    public boolean hasAlternatives() {
        return !alternatives.isEmpty();
    }

    /** The shared provenance configuration (rule files and classifiers), or none when empty. */
    public Optional<SubjectProvenance> anyProvenance() {
        return provenance.stream().findFirst();
    }

    /**
     * What the scorer reads: the ground truths, the alternatives (or none, for the scores before
     * neutrality analysis) and every tool's localisations.
     */
    public ScorerInput scorerInput(boolean withAlternatives) {
        List<ToolLocalisation> localisations = results.stream()
                .map(r -> new ToolLocalisation(r.subjectId(), r.tool(), r.localisation())).toList();
        return new ScorerInput(groundTruths, withAlternatives ? alternatives : Map.of(), localisations);
    }

    /** These results with other alternative ground truths (e.g. after a neutrality search). */
    public BenchmarkResults withAlternatives(Map<String, List<FaultList>> other) {
        return new BenchmarkResults(groundTruths, other, results, combination, provenance);
    }

    /**
     * These results with the subjects of {@code newer} added or replaced, as when a run of some
     * subjects is written into a folder that holds earlier results. Refused ({@link UserError})
     * when the two were made with different rules or classifiers, a different combination rule,
     * or different tools, since they could not share a table.
     *
     * @param where names the stored results in the message (the folder)
     */
    public BenchmarkResults merge(BenchmarkResults newer, String where) {
        List<SubjectProvenance> both = new ArrayList<>(provenance);
        both.addAll(newer.provenance);
        if (!oneConfiguration(both)) {
            throw new UserError(where + ": holds results of other rules or classifiers than this run ("
                    + configurationsBySubject(both) + "); refusing to mix them in one table: write to another --out");
        }
        if (!combination.equals(newer.combination)) {
            throw new UserError(where + ": holds results combined with minVotes " + combination.minVotes()
                    + ", this run uses " + newer.combination.minVotes() + "; write to another --out");
        }
        if (!new HashSet<>(tools()).equals(new HashSet<>(newer.tools()))) {
            throw new UserError(where + ": holds results of tools " + tools() + ", this run has " + newer.tools()
                    + "; run the same tools or write to another --out");
        }
        Set<String> replaced = new HashSet<>(newer.subjectIds());
        List<GroundTruth> truths = new ArrayList<>(newer.groundTruths);
        groundTruths.stream().filter(t -> !replaced.contains(t.subjectId())).forEach(truths::add);
        Map<String, List<FaultList>> alts = new HashMap<>(newer.alternatives);
        alternatives.forEach((id, l) -> {
            if (!replaced.contains(id)) alts.put(id, l);
        });
        List<ToolResult> rs = new ArrayList<>(newer.results);
        results.stream().filter(r -> !replaced.contains(r.subjectId())).forEach(rs::add);
        List<SubjectProvenance> ps = new ArrayList<>(newer.provenance);
        provenance.stream().filter(p -> !replaced.contains(p.subjectId())).forEach(ps::add);
        return new BenchmarkResults(truths, alts, rs, combination, ps);
    }
}

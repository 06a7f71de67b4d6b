package dev.dnnfl.score;

import dev.dnnfl.spec.FaultGroup;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 * What the scorer reads: the ground truths of the subjects, their alternative ground truths
 * (fixes found by neutrality analysis; possibly none) and the localisations of every tool on
 * every subject.
 *
 * <p>Invariants: subject ids are unique; alternatives and localisations name known subjects;
 * a negative control has no alternatives; an alternative is a non-empty list without {@code |}
 * or {@code N/A}; every tool has exactly one localisation per subject.
 */
public record ScorerInput(List<GroundTruth> groundTruths, Map<String, List<FaultList>> alternatives,
                          List<ToolLocalisation> localisations) {
    private static final String GROUND_TRUTH_COLUMNS = "id<TAB>kind<TAB>faults";
    private static final String OUTPUT_COLUMNS = "id<TAB>tool<TAB>faults";

    public ScorerInput {
        groundTruths = List.copyOf(groundTruths);
        Map<String, List<FaultList>> copy = new LinkedHashMap<>();
        alternatives.forEach((id, lists) -> copy.put(id, List.copyOf(lists)));
        alternatives = Collections.unmodifiableMap(copy);
        localisations = List.copyOf(localisations);
        validate(groundTruths, alternatives, localisations);
    }

    /**
     * Reads the scorer files of the architecture. {@code alternatives} may be {@code null}.
     * Every bad line is a {@link UserError} naming the file, the line and what is wrong.
     */
    public static ScorerInput read(Path groundTruth, Path alternatives, Path outputs) {
        List<GroundTruth> truths = readGroundTruths(groundTruth);
        Map<String, GroundTruth> byId = new HashMap<>();
        truths.forEach(t -> byId.put(t.subjectId(), t));
        Map<String, List<FaultList>> alts = alternatives == null ? Map.of() : readAlternatives(alternatives, byId);
        List<ToolLocalisation> outs = readLocalisations(outputs, truths);
        return new ScorerInput(truths, alts, outs);
    }

    /** Reads {@code ground-truth.tsv}: {@code id<TAB>kind<TAB>faults}, kind {@code A} or {@code R}. */
    public static List<GroundTruth> readGroundTruths(Path path) {
        List<GroundTruth> truths = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvRow row : TsvRow.read(path)) {
            if (row.cells().size() != 3) {
                throw row.error("expected 3 tab-separated columns " + GROUND_TRUTH_COLUMNS + ", found "
                        + row.cells().size());
            }
            String id = subjectId(row);
            Integer earlier = lineOf.putIfAbsent(id, row.line());
            if (earlier != null) throw row.error("subject '" + id + "' already has a ground truth on line " + earlier);
            SubjectKind kind = SubjectKind.fromCode(row.cell(1));
            if (kind == null) throw row.error("kind: unknown subject kind '" + row.cell(1) + "' (expected A or R)");
            FaultList faults = row.faults(2, "faults");
            if (faults.notApplicable()) throw row.error("faults: a ground truth cannot be N/A (write - for a correct program)");
            requireNoAlternativeReadings(row, faults, "ground truth");
            truths.add(new GroundTruth(id, kind, faults));
        }
        if (truths.isEmpty()) throw new UserError(path + ": no ground truth lines (expected " + GROUND_TRUTH_COLUMNS + ")");
        return truths;
    }

    private static Map<String, List<FaultList>> readAlternatives(Path path, Map<String, GroundTruth> truths) {
        Map<String, List<FaultList>> alternatives = new LinkedHashMap<>();
        for (TsvRow row : TsvRow.read(path)) {
            if (row.cells().size() < 2) {
                throw row.error("expected at least 2 tab-separated columns: the subject id first, the faults last");
            }
            String id = subjectId(row);
            GroundTruth truth = truths.get(id);
            if (truth == null) throw row.error("subject '" + id + "' has no line in the ground truth");
            if (truth.negativeControl()) {
                throw row.error("subject '" + id + "' is a negative control (empty ground truth): it has no alternatives");
            }
            FaultList faults = row.faults(row.cells().size() - 1, "faults (last column)");
            if (faults.notApplicable() || faults.isEmpty()) {
                throw row.error("faults (last column): an alternative ground truth needs at least one fault, found '"
                        + row.last() + "'");
            }
            requireNoAlternativeReadings(row, faults, "alternative ground truth");
            alternatives.computeIfAbsent(id, k -> new ArrayList<>()).add(faults);
        }
        return alternatives;
    }

    private static List<ToolLocalisation> readLocalisations(Path path, List<GroundTruth> truths) {
        Set<String> known = truths.stream().map(GroundTruth::subjectId).collect(Collectors.toSet());
        List<ToolLocalisation> localisations = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvRow row : TsvRow.read(path)) {
            if (row.cells().size() != 3) {
                throw row.error("expected 3 tab-separated columns " + OUTPUT_COLUMNS + ", found " + row.cells().size());
            }
            String id = subjectId(row);
            if (!known.contains(id)) throw row.error("subject '" + id + "' has no line in the ground truth");
            String tool = row.cell(1);
            if (tool.isEmpty()) throw row.error("tool: empty tool name");
            Integer earlier = lineOf.putIfAbsent(id + "\t" + tool, row.line());
            if (earlier != null) {
                throw row.error("tool " + tool + " already has an output for subject '" + id + "' on line " + earlier);
            }
            localisations.add(new ToolLocalisation(id, tool, row.faults(2, "faults")));
        }
        if (localisations.isEmpty()) throw new UserError(path + ": no output lines (expected " + OUTPUT_COLUMNS + ")");
        for (String tool : tools(localisations)) {
            List<String> missing = missingSubjects(tool, truths, localisations);
            if (!missing.isEmpty()) {
                throw new UserError(path + ": tool " + tool + " has no line for subject(s) " + String.join(", ", missing)
                        + " (write N/A when the tool could not run)");
            }
        }
        return localisations;
    }

    private static String subjectId(TsvRow row) {
        String id = row.cell(0);
        if (id.isEmpty()) throw row.error("id: empty subject id");
        return id;
    }

    private static void requireNoAlternativeReadings(TsvRow row, FaultList faults, String what) {
        for (FaultGroup g : faults.groups()) {
            if (g.readings().size() > 1) {
                throw row.error("faults: a " + what + " cannot offer '|' alternatives, found '" + g
                        + "' ('|' is for tool outputs)");
            }
        }
    }

    private static void validate(List<GroundTruth> truths, Map<String, List<FaultList>> alternatives,
                                 List<ToolLocalisation> localisations) {
        Map<String, GroundTruth> byId = new HashMap<>();
        for (GroundTruth t : truths) {
            if (byId.put(t.subjectId(), t) != null) {
                throw new IllegalArgumentException("duplicate ground truth for subject " + t.subjectId());
            }
        }
        alternatives.forEach((id, lists) -> {
            GroundTruth truth = byId.get(id);
            if (truth == null) throw new IllegalArgumentException("alternatives for unknown subject " + id);
            if (truth.negativeControl() && !lists.isEmpty()) {
                throw new IllegalArgumentException("negative control " + id + " cannot have alternatives");
            }
            for (FaultList alt : lists) {
                if (alt.isEmpty() || alt.notApplicable()
                        || alt.groups().stream().anyMatch(g -> g.readings().size() > 1)) {
                    throw new IllegalArgumentException("alternative of " + id
                            + " must be a non-empty list without '|', found " + alt);
                }
            }
        });
        Set<String> seen = new HashSet<>();
        for (ToolLocalisation l : localisations) {
            if (!byId.containsKey(l.subjectId())) {
                throw new IllegalArgumentException("localisation for unknown subject " + l.subjectId());
            }
            if (!seen.add(l.subjectId() + "\t" + l.tool())) {
                throw new IllegalArgumentException("two localisations of " + l.tool() + " on " + l.subjectId());
            }
        }
        for (String tool : tools(localisations)) {
            List<String> missing = missingSubjects(tool, truths, localisations);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("tool " + tool + " has no localisation for " + missing);
            }
        }
    }

    private static List<String> tools(List<ToolLocalisation> localisations) {
        return List.copyOf(localisations.stream().map(ToolLocalisation::tool)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static List<String> missingSubjects(String tool, List<GroundTruth> truths,
                                                List<ToolLocalisation> localisations) {
        Set<String> covered = localisations.stream().filter(l -> l.tool().equals(tool))
                .map(ToolLocalisation::subjectId).collect(Collectors.toSet());
        return truths.stream().map(GroundTruth::subjectId).filter(id -> !covered.contains(id)).toList();
    }

    /** The tools, in the order of their first localisation. */
    public List<String> tools() {
        return tools(localisations);
    }

    /** The alternative ground truths of a subject; empty when it has none. */
    public List<FaultList> alternativesOf(String subjectId) {
        return alternatives.getOrDefault(subjectId, List.of());
    }

    /** One tool's localisation on one subject. */
    public Optional<ToolLocalisation> localisation(String subjectId, String tool) {
        Objects.requireNonNull(subjectId, "subjectId");
        return localisations.stream()
                .filter(l -> l.subjectId().equals(subjectId) && l.tool().equals(tool)).findFirst();
    }
}

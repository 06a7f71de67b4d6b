package dev.dnnfl.benchmark;

import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.spec.FaultGroup;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the fault-localisation techniques on every benchmark subject and collects a
 * {@link BenchmarkResults}: per subject and tool the mode of the localisations over the runs,
 * the mean time of a run, the number of runs and the share of runs that agree with the mode,
 * plus the {@code combined} localisation when more than one technique ran.
 *
 * <p>Run {@code r} (0-based) of a subject uses seed {@code seed + r}. Techniques that do not
 * repeat ({@link Technique#repeats()}: NeuraLint, DeepFD) run once, as in the study. A tool that
 * crashes on a subject is reported {@code N/A} for that run with a note, so that one bad subject
 * does not end a long run; a {@link UserError} (bad input) still ends it.
 */
public final class BenchmarkRunner {
    /** The rules hash of a subject on which every run crashed. */
    private static final String UNKNOWN = "-";

    private final SubjectDiagnoser diagnoser;
    private final CombinationRule combination;
    private final int runs;
    private final long seed;
    private final String dnnflVersion;
    private final Clock clock;

    /**
     * A runner of {@code runs} runs per subject from seed {@code seed}.
     *
     * @param clock stamps each subject's provenance
     */
    public BenchmarkRunner(SubjectDiagnoser diagnoser, CombinationRule combination, int runs, long seed,
                           String dnnflVersion, Clock clock) {
        this.diagnoser = Objects.requireNonNull(diagnoser, "diagnoser");
        this.combination = Objects.requireNonNull(combination, "combination");
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, found " + runs);
        this.runs = runs;
        this.seed = seed;
        this.dnnflVersion = Objects.requireNonNull(dnnflVersion, "dnnflVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The number of diagnoses a run of these subjects and techniques makes: the progress steps. */
    public int steps(int subjects, Set<Technique> techniques) {
        boolean repeating = techniques.stream().anyMatch(Technique::repeats);
        return subjects * (repeating ? runs : 1);
    }

    /**
     * Runs the techniques on the subjects.
     *
     * @param alternatives alternative ground truths by subject id (ids of other subjects are ignored)
     */
    public BenchmarkResults run(List<BenchmarkSubject> subjects, Set<Technique> techniques,
                                Map<String, List<FaultList>> alternatives, BenchmarkProgress progress) {
        if (techniques.isEmpty()) throw new IllegalArgumentException("no technique to run");
        Set<Technique> chosen = EnumSet.copyOf(techniques);
        List<GroundTruth> truths = new ArrayList<>();
        Map<String, List<FaultList>> alts = new LinkedHashMap<>();
        List<ToolResult> results = new ArrayList<>();
        List<SubjectProvenance> provenance = new ArrayList<>();
        progress.start(steps(subjects.size(), chosen));
        for (BenchmarkSubject subject : subjects) {
            truths.add(subject.truth());
            List<FaultList> a = alternatives.get(subject.id());
            if (a != null && !a.isEmpty() && !subject.groundTruth().isEmpty()) alts.put(subject.id(), a);
            SubjectRuns done = runSubject(subject, chosen, progress);
            results.addAll(done.results());
            provenance.add(done.provenance());
            List<SubjectProvenance> ran = provenance.stream().filter(BenchmarkRunner::diagnosed).toList();
            if (!BenchmarkResults.oneConfiguration(ran)) {
                throw new UserError("the rule files or classifiers changed during the benchmark run ("
                        + BenchmarkResults.configurationsBySubject(ran) + "); rerun it");
            }
        }
        progress.finish();
        // a subject on which every run crashed saw no configuration: it shares the others'
        SubjectProvenance reference = provenance.stream().filter(BenchmarkRunner::diagnosed).findFirst().orElse(null);
        if (reference != null) {
            provenance.replaceAll(p -> diagnosed(p) ? p : new SubjectProvenance(p.subjectId(), p.subjectSha256(),
                    reference.rulesSha256(), reference.classifierSha256(), p.seed(), p.runs(), p.dnnflVersion(),
                    p.javaVersion(), p.createdAt()));
        }
        return new BenchmarkResults(truths, alts, results, combination, provenance);
    }

    /** Whether any run of the subject reached the diagnoser's end (so its hashes are known). */
    private static boolean diagnosed(SubjectProvenance p) {
        return !p.rulesSha256().equals(UNKNOWN);
    }

    private record SubjectRuns(List<ToolResult> results, SubjectProvenance provenance) {
    }

    private SubjectRuns runSubject(BenchmarkSubject subject, Set<Technique> techniques, BenchmarkProgress progress) {
        Map<Technique, List<TimedLocalisation>> perTool = new EnumMap<>(Technique.class);
        Map<Technique, String> notes = new EnumMap<>(Technique.class);
        String rules = null;
        Map<String, String> classifiers = null;
        Set<Technique> repeating = techniques.stream().filter(Technique::repeats)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Technique.class)));
        int subjectRuns = repeating.isEmpty() ? 1 : runs;
        for (int r = 0; r < subjectRuns; r++) {
            Set<Technique> now = r == 0 ? techniques : repeating;
            progress.working(subject.id() + " run " + (r + 1) + "/" + subjectRuns);
            SubjectDiagnosis diagnosis;
            try {
                diagnosis = diagnoser.diagnose(subject, now, seed + r);
            } catch (UserError e) {
                throw e;
            } catch (RuntimeException e) {
                // the study writes N/A for a tool that crashed; say why rather than stop the whole run
                String why = "crashed on seed " + (seed + r) + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
                progress.note(subject.id() + ": " + now + " " + why);
                for (Technique t : now) {
                    perTool.computeIfAbsent(t, k -> new ArrayList<>())
                            .add(new TimedLocalisation(FaultList.notApplicableList(), 0));
                    notes.putIfAbsent(t, why);
                }
                progress.done();
                continue;
            }
            for (Technique t : now) {
                TimedLocalisation found = diagnosis.localisations().get(t);
                if (found == null) {
                    throw new IllegalStateException("the diagnoser returned no localisation of " + t + " for "
                            + subject.id());
                }
                perTool.computeIfAbsent(t, k -> new ArrayList<>()).add(found);
            }
            if (rules == null) {
                rules = diagnosis.rulesSha256();
                classifiers = diagnosis.classifierSha256();
            } else if (!rules.equals(diagnosis.rulesSha256()) || !classifiers.equals(diagnosis.classifierSha256())) {
                throw new UserError(subject.id() + ": the rule files or classifiers changed between runs; rerun it");
            }
            progress.done();
        }
        List<ToolResult> results = new ArrayList<>();
        Map<String, FaultList> modes = new LinkedHashMap<>();
        for (Technique t : techniques) {
            ToolResult result = summarise(subject.id(), t.code(), perTool.get(t), notes.getOrDefault(t, ""));
            results.add(result);
            modes.put(t.code(), result.localisation());
        }
        if (techniques.size() > 1) {
            results.add(new ToolResult(subject.id(), CombinationRule.TOOL, combination.combine(modes),
                    results.stream().mapToDouble(ToolResult::seconds).sum(),
                    results.stream().mapToInt(ToolResult::runs).max().orElseThrow(),
                    results.stream().mapToDouble(ToolResult::agreement).min().orElseThrow(), ""));
        }
        SubjectProvenance p = new SubjectProvenance(subject.id(), subject.subject().sha256(),
                rules == null ? UNKNOWN : rules, classifiers == null ? Map.of() : classifiers, seed, subjectRuns,
                dnnflVersion, System.getProperty("java.version"), clock.instant());
        return new SubjectRuns(results, p);
    }

    /**
     * The mode of a tool's localisations over its runs (ties go to the localisation seen first),
     * the mean time of a run, and the share of runs that gave the mode.
     */
    static ToolResult summarise(String subjectId, String tool, List<TimedLocalisation> runs, String note) {
        Map<String, List<FaultList>> byContent = new LinkedHashMap<>();
        for (TimedLocalisation l : runs) byContent.computeIfAbsent(key(l.faults()), k -> new ArrayList<>()).add(l.faults());
        List<FaultList> mode = byContent.values().stream()
                .reduce((a, b) -> b.size() > a.size() ? b : a).orElseThrow();
        double seconds = runs.stream().mapToDouble(TimedLocalisation::seconds).average().orElseThrow();
        return new ToolResult(subjectId, tool, mode.get(0), seconds, runs.size(),
                (double) mode.size() / runs.size(), note);
    }

    /** Two localisations agree when they hold the same faults, in whatever order. */
    private static String key(FaultList faults) {
        if (faults.notApplicable()) return FaultList.NOT_APPLICABLE;
        return faults.groups().stream().map(FaultGroup::toString).sorted().collect(Collectors.joining(", "));
    }
}

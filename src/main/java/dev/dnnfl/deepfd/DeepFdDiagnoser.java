package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.spec.FaultList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DeepFD's online stage (spec deepfd.md §8): trains the subject {@code runs} times (20 by
 * default) on the worker threads of {@link DeepFdRuns}, extracts each run's features, predicts
 * with the three classifiers, switches labels on by the scaled offsets and reports the union as
 * the localisation. No kill test: the subject's runs are used as they are.
 */
public final class DeepFdDiagnoser {
    /** Runs per diagnosis, as in the study. */
    public static final int DEFAULT_RUNS = 20;

    private final DeepFdRuns runs;
    private final FeatureSchema schema;
    private final TrainedClassifiers classifiers;

    /** A diagnoser that trains with {@code runs} and predicts with {@code classifiers}. */
    public DeepFdDiagnoser(DeepFdRuns runs, FeatureSchema schema, TrainedClassifiers classifiers) {
        if (!classifiers.metadata().schemaSha256().equals(schema.sha256())) {
            throw new IllegalArgumentException("classifiers built for schema " + classifiers.metadata().schemaSha256()
                    + ", features are " + schema.sha256());
        }
        this.runs = runs;
        this.schema = schema;
        this.classifiers = classifiers;
    }

    /** Diagnoses a subject (its canonical JSON) from {@code count} runs seeded seed, seed + 1, …. */
    public DeepFdDiagnosis diagnose(JsonNode subject, int count, long seed, RunProgress progress) {
        if (count < 1) throw new IllegalArgumentException("runs must be >= 1, found " + count);
        long start = System.nanoTime();
        String id = subject.path("id").asText();
        List<RunJob> jobs = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            jobs.add(new RunJob(id, DeepFdTraining.ORIGIN, r, seed + r, subject));
            seeds.add(seed + r);
        }
        progress.planned("DeepFD runs", count);
        List<RunOutcome> outcomes = runs.run(jobs, progress::finished);
        List<RunTrace> traces = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Map<ClassifierKind, Set<DeepFdLabel>>> predictions = new ArrayList<>();
        for (RunOutcome o : outcomes) {
            if (!o.completed()) {
                failures.add("run " + o.run() + " (seed " + o.seed() + "): " + o.failure());
                continue;
            }
            traces.add(o.trace());
            predictions.add(classifiers.predict(schema.extract(o.trace())));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (traces.isEmpty()) {
            return new DeepFdDiagnosis(id, seeds, 0, failures, null, FaultList.notApplicableList(), millis,
                    classifiers.modelSha256());
        }
        DeepFdConclusion conclusion = DeepFdConclusion.of(subject, traces, predictions);
        return new DeepFdDiagnosis(id, seeds, traces.size(), failures, conclusion, conclusion.localisation(), millis,
                classifiers.modelSha256());
    }
}

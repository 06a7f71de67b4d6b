package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.mutation.KillTest;
import dev.dnnfl.mutation.KillVerdict;
import dev.dnnfl.mutation.Mutant;
import dev.dnnfl.mutation.MutantGenerator;
import dev.dnnfl.mutation.Mutation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DeepFD's offline stage (spec deepfd.md §1, §5–7) on dnnfl subjects: from each correct subject,
 * single-fault mutants; train the original and every mutant {@code runs} times; judge each mutant
 * by statistical killing on its final validation accuracy (validation loss for regression; the
 * spec's fix for defect 7); multi-fault mutants from the values of the faulty ones; extract the
 * features of every run; label them; train the classifiers. Finished runs are kept in a
 * {@link RunStore}, so an interrupted session resumes where it stopped; mutants are regenerated
 * from the seed, so they come out the same.
 */
public final class DeepFdTraining {
    /** The variant name of an original subject. */
    public static final String ORIGIN = "origin";

    private final DeepFdRuns runs;
    private final FeatureSchema schema;
    private final RunStore store;
    private final RunProgress progress;
    private final KillTest killTest = KillTest.deepFd();

    /** A session that trains with {@code runs}, extracts {@code schema}, keeps runs in {@code store}. */
    public DeepFdTraining(DeepFdRuns runs, FeatureSchema schema, RunStore store, RunProgress progress) {
        this.runs = runs;
        this.schema = schema;
        this.store = store;
        this.progress = progress;
    }

    /** Runs the whole offline stage on the correct subjects (their canonical JSON). */
    public TrainingReport train(List<JsonNode> subjects, TrainingPlan plan, Map<String, String> notes) {
        long start = System.nanoTime();
        AtomicInteger trained = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        MutantGenerator generator = MutantGenerator.deepFd();

        // Phase 1: originals and single-fault mutants.
        Map<String, Map<String, Mutant>> mutants = new LinkedHashMap<>();
        Map<String, Random> randoms = new LinkedHashMap<>();
        List<RunJob> jobs = new ArrayList<>();
        for (JsonNode subject : subjects) {
            String id = subject.path("id").asText();
            Random random = new Random(plan.seed() * 31 + id.hashCode());
            randoms.put(id, random);
            Map<String, Mutant> byName = new LinkedHashMap<>();
            for (Mutant m : generator.singleFault(subject, plan.mutantsPerSubject(), random)) byName.put(m.name(), m);
            mutants.put(id, byName);
            jobs.addAll(jobs(id, ORIGIN, subject, plan));
            byName.values().forEach(m -> jobs.addAll(jobs(id, m.name(), m.subject(), plan)));
        }
        Map<String, RunOutcome> outcomes = new LinkedHashMap<>();
        execute("single-fault mutants", jobs, outcomes, trained, reused);

        Map<String, KillVerdict> verdicts = new LinkedHashMap<>();
        for (JsonNode subject : subjects) {
            String id = subject.path("id").asText();
            judge(id, subject, mutants.get(id).values(), outcomes, plan, verdicts);
        }

        // Phase 2: multi-fault mutants from the values of the faulty single-fault ones.
        if (plan.multiFaultMutantsPerSubject() > 0) {
            List<RunJob> multiJobs = new ArrayList<>();
            Map<String, List<Mutant>> multis = new LinkedHashMap<>();
            for (JsonNode subject : subjects) {
                String id = subject.path("id").asText();
                Map<String, List<Mutation>> candidates = new LinkedHashMap<>();
                for (Mutant m : mutants.get(id).values()) {
                    KillVerdict v = verdicts.get(id + "/" + m.name());
                    if (v != null && v.faulty()) {
                        Mutation only = m.mutations().get(0);
                        candidates.computeIfAbsent(only.operator(), k -> new ArrayList<>()).add(only);
                    }
                }
                int maxFaults = Math.min(5, candidates.size());
                List<Mutant> list = new ArrayList<>();
                for (int k = 2; k <= maxFaults; k++) {
                    int count = (int) Math.ceil(plan.multiFaultMutantsPerSubject() / (double) (maxFaults - 1));
                    list.addAll(generator.multiFault(subject, candidates, k, count, randoms.get(id)));
                }
                list = list.subList(0, Math.min(list.size(), plan.multiFaultMutantsPerSubject()));
                multis.put(id, list);
                for (Mutant m : list) {
                    mutants.get(id).put(m.name(), m);
                    multiJobs.addAll(jobs(id, m.name(), m.subject(), plan));
                }
            }
            execute("multi-fault mutants", multiJobs, outcomes, trained, reused);
            for (JsonNode subject : subjects) {
                String id = subject.path("id").asText();
                judge(id, subject, multis.get(id), outcomes, plan, verdicts);
            }
        }

        // Features and labels (spec §4): a faulty mutant's runs carry the labels of its faults.
        List<FeatureRow> rows = new ArrayList<>();
        for (JsonNode subject : subjects) {
            String id = subject.path("id").asText();
            List<RunOutcome> origin = complete(id, ORIGIN, outcomes, plan);
            if (origin == null) continue;
            origin.forEach(o -> rows.add(row(o, EnumSet.noneOf(DeepFdLabel.class), 0)));
            for (Mutant m : mutants.get(id).values()) {
                KillVerdict v = verdicts.get(id + "/" + m.name());
                List<RunOutcome> runsOf = complete(id, m.name(), outcomes, plan);
                if (v == null || runsOf == null) continue;
                EnumSet<DeepFdLabel> labels = EnumSet.noneOf(DeepFdLabel.class);
                if (v.faulty()) {
                    for (Mutation mu : m.mutations()) labels.add(DeepFdLabel.valueOf(mu.operator().toUpperCase(Locale.ROOT)));
                }
                runsOf.forEach(o -> rows.add(row(o, labels, v.faulty() ? m.faultCount() : 0)));
            }
        }
        FeatureTable table = new FeatureTable(schema.names(), schema.sha256(), rows);
        Map<String, String> allNotes = new LinkedHashMap<>(notes);
        allNotes.put("plan", plan.toString());
        allNotes.put("mutants", String.valueOf(verdicts.size()));
        allNotes.put("faulty_mutants", String.valueOf(verdicts.values().stream().filter(KillVerdict::faulty).count()));
        allNotes.put("kill_metric", "final validation accuracy (validation loss for regression)");
        TrainedClassifiers classifiers = TrainedClassifiers.train(table, schema, plan.seed(), plan.folds(), allNotes);
        return new TrainingReport(table, classifiers, verdicts, trained.get(), reused.get(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private List<RunJob> jobs(String subject, String variant, JsonNode json, TrainingPlan plan) {
        List<RunJob> out = new ArrayList<>();
        // The same run seeds for every variant of a subject: the kill test compares like with like.
        for (int r = 0; r < plan.runs(); r++) out.add(new RunJob(subject, variant, r, plan.seed() + r, json));
        return out;
    }

    private void execute(String phase, List<RunJob> jobs, Map<String, RunOutcome> outcomes,
                         AtomicInteger trained, AtomicInteger reused) {
        progress.planned(phase, jobs.size());
        List<RunJob> todo = new ArrayList<>();
        for (RunJob j : jobs) {
            RunOutcome done = store.get(j.key());
            if (done != null) {
                outcomes.put(j.key(), done);
                reused.incrementAndGet();
                progress.finished(done);
            } else {
                todo.add(j);
            }
        }
        for (RunOutcome o : runs.run(todo, o -> {
            store.add(o);
            progress.finished(o);
        })) {
            outcomes.put(o.key(), o);
            trained.incrementAndGet();
        }
    }

    private void judge(String id, JsonNode subject, Iterable<Mutant> mutants, Map<String, RunOutcome> outcomes,
                       TrainingPlan plan, Map<String, KillVerdict> verdicts) {
        List<RunOutcome> origin = complete(id, ORIGIN, outcomes, plan);
        if (origin == null) return;
        boolean classification = !"regression".equals(subject.path("task").asText("classification"));
        double[] base = metrics(origin, classification);
        for (Mutant m : mutants) {
            List<RunOutcome> runsOf = complete(id, m.name(), outcomes, plan);
            if (runsOf == null) continue;
            verdicts.put(id + "/" + m.name(), killTest.judge(base, metrics(runsOf, classification), classification));
        }
    }

    // Spec §6.1: a variant with fewer completed runs than planned is not used.
    private static List<RunOutcome> complete(String id, String variant, Map<String, RunOutcome> outcomes, TrainingPlan plan) {
        List<RunOutcome> out = new ArrayList<>();
        for (int r = 0; r < plan.runs(); r++) {
            RunOutcome o = outcomes.get(id + "/" + variant + "#" + r);
            if (o == null || !o.completed()) return null;
            out.add(o);
        }
        return out;
    }

    /** The final metric of each run: validation accuracy (loss for regression), training when there is no validation. */
    static double[] metrics(List<RunOutcome> runs, boolean classification) {
        double[] out = new double[runs.size()];
        for (int i = 0; i < out.length; i++) {
            var e = runs.get(i).trace().lastEpoch();
            double v = classification ? e.validationAccuracy() : e.validationLoss();
            if (Double.isNaN(v)) v = classification ? e.trainAccuracy() : e.trainLoss();
            // A diverged classifier run (NaN outputs) predicts nothing right: accuracy 0, not a NaN
            // that would make the kill test fail and the mutant count as harmless.
            if (Double.isNaN(v) && classification) v = 0;
            out[i] = v;
        }
        return out;
    }

    private FeatureRow row(RunOutcome o, EnumSet<DeepFdLabel> labels, int seededFaults) {
        return new FeatureRow(o.subject(), o.variant(), o.run(), o.seed(), schema.extract(o.trace()), labels, seededFaults);
    }
}

package dev.dnnfl.rules;

import dev.dnnfl.facts.StaticFacts;
import dev.dnnfl.spec.Subject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rule packs on a subject: NeuraLint on the static facts alone (no training), and
 * DeepDiagnosis and UMLAUT live on {@code runs} training runs (seeds {@code seed}, {@code seed+1},
 * …), each reporting the mode of its localisation over the runs. Without a
 * {@link TrainingRunner} the live packs report {@code N/A} with a note saying why.
 */
public final class RuleDiagnoser {
    private final RuleBase rules;
    private final Optional<TrainingRunner> trainer;
    private final Clock clock;

    /** A diagnoser over compiled rules; {@code trainer} runs training for the live packs. */
    public RuleDiagnoser(RuleBase rules, Optional<TrainingRunner> trainer, Clock clock) {
        this.rules = rules;
        this.trainer = trainer;
        this.clock = clock;
    }

    /** Diagnoses a subject with the chosen packs on {@code runs} runs with seeds {@code seed}, {@code seed+1}, …. */
    public Diagnosis diagnose(Subject subject, StaticFacts facts, Set<RulePack> packs, long seed, int runs) {
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, found " + runs);
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < runs; r++) seeds.add(seed + r);
        return diagnose(subject, facts, packs, seeds);
    }

    /** Diagnoses a subject with the chosen packs on one run per seed (the live packs train or replay each). */
    public Diagnosis diagnose(Subject subject, StaticFacts facts, Set<RulePack> packs, List<Long> runSeeds) {
        if (runSeeds.isEmpty()) throw new IllegalArgumentException("need at least one run seed");
        int runs = runSeeds.size();
        List<TechniqueRun> techniques = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        Set<RulePack> live = EnumSet.noneOf(RulePack.class);
        for (RulePack p : packs) if (p.needsTraining()) live.add(p);
        if (!live.isEmpty()) {
            seeds.addAll(runSeeds);
            diagnoseLive(subject, facts, live, seeds, techniques, findings);
        }
        if (packs.contains(RulePack.NEURALINT)) {
            long start = System.nanoTime();
            List<Finding> found = diagnoseStatic(facts, RulePack.NEURALINT);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Localisation one = Localisation.of(RulePack.NEURALINT.code(), found);
            // Static checks are deterministic: every run would give the same list.
            Localisation all = new Localisation(one.technique(), one.faults(), runs, runs);
            techniques.add(new TechniqueRun(RulePack.NEURALINT.code(), all, millis, Optional.empty()));
            findings.addAll(found);
        }
        Provenance provenance = new Provenance(subject.id(), subjectSha256(subject), seeds, rules.sha256(),
                java.util.Map.of(), version(), System.getProperty("java.version"), clock.instant());
        return new Diagnosis(subject.id(), techniques, findings, runs, rules.compileMillis(), provenance);
    }

    /** The findings of one pack on static facts alone, in order: a fresh session, insert, fire. */
    public List<Finding> diagnoseStatic(StaticFacts facts, RulePack pack) {
        try (RuleSession session = rules.newSession()) {
            session.insertAll(facts.all());
            session.fire();
            return session.findings(pack.code());
        }
    }

    private void diagnoseLive(Subject subject, StaticFacts facts, Set<RulePack> live, List<Long> seeds,
                              List<TechniqueRun> techniques, List<Finding> findings) {
        if (trainer.isEmpty()) {
            for (RulePack p : live) {
                techniques.add(new TechniqueRun(p.code(), Localisation.notApplicable(p.code()), 0,
                        Optional.of("needs a training run, and this build of dnnfl has no trainer")));
            }
            return;
        }
        List<List<Finding>> perRun = new ArrayList<>();
        List<Optional<String>> stops = new ArrayList<>();
        long start = System.nanoTime();
        for (long s : seeds) {
            // DeepDiagnosis' stop request ends the run only when no other pack still watches it.
            boolean honourStop = !live.contains(RulePack.UMLAUT);
            try (LiveRules session = new LiveRules(rules, facts, honourStop)) {
                trainer.get().train(subject, s, session);
                perRun.add(session.findings());
                stops.add(session.stopReason());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (RulePack p : live) {
            List<Localisation> runs = new ArrayList<>();
            for (List<Finding> f : perRun) runs.add(Localisation.of(p.code(), f));
            Optional<String> note = p == RulePack.DEEPDIAGNOSIS ? stops.get(0).map(r -> "would stop training: " + r)
                    : Optional.empty();
            techniques.add(new TechniqueRun(p.code(), Localisation.mode(runs), millis, note));
            for (Finding f : perRun.get(0)) if (f.technique().equals(p.code())) findings.add(f);
        }
    }

    private static String subjectSha256(Subject subject) {
        // The file's bytes when there is one (what the user edits), else the canonical JSON.
        byte[] bytes;
        try {
            bytes = subject.file() != null && Files.isRegularFile(subject.file())
                    ? Files.readAllBytes(subject.file())
                    : String.valueOf(subject.json()).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + subject.file() + " again to hash it", e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String version() {
        String v = RuleDiagnoser.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}

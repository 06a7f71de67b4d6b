package dev.dnnfl.benchmark;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetLoader;
import dev.dnnfl.deepfd.DeepFdDiagnoser;
import dev.dnnfl.deepfd.DeepFdDiagnosis;
import dev.dnnfl.deepfd.DeepFdRuns;
import dev.dnnfl.deepfd.Dl4jRunTrainer;
import dev.dnnfl.deepfd.IndicatorLimits;
import dev.dnnfl.deepfd.RunProgress;
import dev.dnnfl.facts.StaticFacts;
import dev.dnnfl.rules.Diagnosis;
import dev.dnnfl.rules.LiveTraining;
import dev.dnnfl.rules.RuleBase;
import dev.dnnfl.rules.RuleDiagnoser;
import dev.dnnfl.rules.RulePack;
import dev.dnnfl.rules.TechniqueRun;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.Shapes;
import dev.dnnfl.spec.Subject;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmark's diagnoser over dnnfl's own stages: NeuraLint on the subject's static facts,
 * DeepDiagnosis and UMLAUT live on one seeded DL4J training run (each technique's time is the
 * wall time the rule diagnoser reports for it; for DD and UM, the shared training), and, when set
 * up, DeepFD on its own {@link DeepFdSetup#runs()} trainings from the same seed. Without a DeepFD
 * setup, DeepFD is {@code N/A}.
 */
public final class StageDiagnoser implements SubjectDiagnoser {
    private final RuleBase rules;
    private final Optional<DeepFdSetup> deepFd;
    private final Clock clock;

    /**
     * A diagnoser over compiled rule packs (load all three: a technique not loaded cannot fire)
     * and, when given, DeepFD.
     */
    public StageDiagnoser(RuleBase rules, Optional<DeepFdSetup> deepFd, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.deepFd = Objects.requireNonNull(deepFd, "deepFd");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The techniques this diagnoser runs: the rule packs, and DeepFD when it is set up. */
    public Set<Technique> techniques() {
        Set<Technique> t = EnumSet.of(Technique.DD, Technique.UM, Technique.NL);
        if (deepFd.isPresent()) t.add(Technique.DFD);
        return t;
    }

    private static RulePack pack(Technique t) {
        return RulePack.parse(t.code());
    }

    @Override
    public SubjectDiagnosis diagnose(BenchmarkSubject subject, Set<Technique> techniques, long seed) {
        long start = System.nanoTime();
        Map<Technique, TimedLocalisation> found = new EnumMap<>(Technique.class);
        Set<RulePack> packs = EnumSet.noneOf(RulePack.class);
        for (Technique t : techniques) {
            if (t == Technique.DFD) continue;
            packs.add(pack(t));
        }
        if (techniques.contains(Technique.DFD)) found.put(Technique.DFD, deepFd(subject, seed));
        if (!packs.isEmpty()) {
            Subject s = subject.subject();
            boolean live = packs.stream().anyMatch(RulePack::needsTraining);
            List<Integer> declared = Shapes.declaredInput(s.dataset());
            Diagnosis d;
            if (!live && !declared.isEmpty()) {
                // NeuraLint alone needs only the declared input shape: no data, no training (as 'dnnfl diagnose')
                d = new RuleDiagnoser(rules, Optional.empty(), clock).diagnose(s, StaticFacts.of(s, declared), packs, seed, 1);
            } else {
                Dataset data = DatasetLoader.load(s);
                d = new RuleDiagnoser(rules, Optional.of(new LiveTraining(data)), clock)
                        .diagnose(s, StaticFacts.of(s, data), packs, seed, 1);
            }
            for (TechniqueRun run : d.techniques()) {
                Technique t = Technique.fromCode(run.technique());
                if (t != null && techniques.contains(t)) {
                    found.put(t, new TimedLocalisation(run.localisation().faults(), run.millis() / 1000.0));
                }
            }
        }
        // DD and UM watch one training together: the run's wall time counts it once
        return new SubjectDiagnosis(found, (System.nanoTime() - start) / 1e9, rules.sha256(),
                deepFd.map(d -> d.classifiers().modelSha256()).orElse(Map.of()));
    }

    /** DeepFD's localisation: its own trainings from {@code seed}, the subject's data paths resolved as the subject's. */
    private TimedLocalisation deepFd(BenchmarkSubject subject, long seed) {
        if (deepFd.isEmpty()) return new TimedLocalisation(FaultList.notApplicableList(), 0);
        DeepFdSetup setup = deepFd.get();
        Path file = subject.subject().file();
        Path base = file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
        DeepFdRuns pool = new DeepFdRuns(new Dl4jRunTrainer(base), IndicatorLimits.deepFd(), setup.jobs());
        DeepFdDiagnosis d = new DeepFdDiagnoser(pool, setup.schema(), setup.classifiers())
                .diagnose(subject.subject().json(), setup.runs(), seed, RunProgress.none());
        return new TimedLocalisation(d.localisation(), d.millis() / 1000.0);
    }
}

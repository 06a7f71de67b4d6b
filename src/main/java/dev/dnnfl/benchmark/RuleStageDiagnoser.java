package dev.dnnfl.benchmark;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetLoader;
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

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmark's diagnoser over dnnfl's rule packs: NeuraLint on the subject's static facts,
 * DeepDiagnosis and UMLAUT live on one seeded DL4J training run, each technique's time being the
 * wall time the rule diagnoser reports for it (for DD and UM, the shared training). DeepFD is not among them: asked for it, this
 * diagnoser answers {@code N/A}.
 */
public final class RuleStageDiagnoser implements SubjectDiagnoser {
    private final RuleBase rules;
    private final Clock clock;

    /** A diagnoser over compiled rule packs (load all three: a technique not loaded cannot fire). */
    public RuleStageDiagnoser(RuleBase rules, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The techniques this diagnoser runs. */
    public static Set<Technique> techniques() {
        return EnumSet.of(Technique.DD, Technique.UM, Technique.NL);
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
            if (techniques().contains(t)) packs.add(pack(t));
            else found.put(t, new TimedLocalisation(FaultList.notApplicableList(), 0));
        }
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
        return new SubjectDiagnosis(found, (System.nanoTime() - start) / 1e9, rules.sha256(), Map.of());
    }
}

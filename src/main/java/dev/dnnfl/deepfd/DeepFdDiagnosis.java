package dev.dnnfl.deepfd;

import dev.dnnfl.rules.Diagnosis;
import dev.dnnfl.rules.Localisation;
import dev.dnnfl.rules.Provenance;
import dev.dnnfl.rules.TechniqueRun;
import dev.dnnfl.spec.FaultList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DeepFD's diagnosis of one subject: the seeds of its runs, how many completed (and why the
 * others failed), the aggregated conclusion (null when no run completed), the localisation
 * ({@code N/A} when no run completed), the wall time, and the SHA-256 of each classifier model
 * that took part (for the diagnosis' provenance).
 */
public record DeepFdDiagnosis(String subjectId, List<Long> seeds, int runsCompleted, List<String> failures,
                              DeepFdConclusion conclusion, FaultList localisation, long millis,
                              Map<String, String> classifierSha256) {
    public DeepFdDiagnosis {
        seeds = List.copyOf(seeds);
        failures = List.copyOf(failures);
        classifierSha256 = Map.copyOf(classifierSha256);
    }

    /** The technique's name in reports and in the scorer's {@code outputs.tsv}. */
    public static final String TECHNIQUE = "DFD";

    /**
     * This diagnosis as one technique of a report: the union over classifiers taken from all
     * completed runs (so every run "agrees"), with a note when runs failed or none completed.
     */
    public TechniqueRun techniqueRun() {
        int runs = Math.max(1, runsCompleted);
        Localisation l = new Localisation(TECHNIQUE, localisation, runs, runs);
        Optional<String> note = Optional.empty();
        if (runsCompleted == 0) {
            note = Optional.of("no DeepFD run completed: " + (failures.isEmpty() ? "" : failures.get(0)));
        } else if (!failures.isEmpty()) {
            note = Optional.of(failures.size() + " of " + seeds.size() + " DeepFD runs failed: " + failures.get(0));
        }
        return new TechniqueRun(TECHNIQUE, l, millis, note);
    }

    /**
     * The rule packs' diagnosis with this one added as technique {@code DFD}: its seeds join the
     * provenance's, and the SHA-256 of every classifier model that took part goes into it.
     */
    public Diagnosis joinedWith(Diagnosis rules) {
        List<TechniqueRun> techniques = new ArrayList<>(rules.techniques());
        techniques.add(techniqueRun());
        Provenance p = rules.provenance();
        LinkedHashSet<Long> allSeeds = new LinkedHashSet<>(p.seeds());
        allSeeds.addAll(seeds);
        Map<String, String> sha = new LinkedHashMap<>(p.classifierSha256());
        sha.putAll(classifierSha256);
        Provenance joined = new Provenance(p.subjectId(), p.subjectSha256(), List.copyOf(allSeeds), p.rulesSha256(), sha,
                p.dnnflVersion(), p.javaVersion(), p.createdAt());
        return new Diagnosis(rules.subjectId(), techniques, rules.findings(), Math.max(rules.runs(), seeds.size()),
                rules.rulesCompileMillis(), joined);
    }
}

package dev.dnnfl.rules;

import dev.dnnfl.spec.Fault;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.FaultType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What one technique localises on a subject: its fault list in the study's notation, and over
 * how many runs it was taken and how many of them gave exactly this list (1 of 1 for one run).
 */
public record Localisation(String technique, FaultList faults, int runs, int agreeing) {
    public Localisation {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(faults, "faults");
        if (runs < 1 || agreeing < 1 || agreeing > runs) {
            throw new IllegalArgumentException("need 1 <= agreeing <= runs, found " + agreeing + " of " + runs);
        }
    }

    /**
     * The localisation of one run of a technique: the faults of its findings, with the layers of
     * findings of the same fault type merged into one fault, in the order each type first
     * appears. Findings without a fault (warnings) are not localised.
     */
    public static Localisation of(String technique, List<Finding> findings) {
        Map<FaultType, TreeSet<Integer>> merged = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.technique().equals(technique) || f.fault().isEmpty()) continue;
            Fault fault = f.fault().get();
            merged.computeIfAbsent(fault.type(), t -> new TreeSet<>()).addAll(fault.layers());
        }
        List<Fault> faults = new ArrayList<>();
        merged.forEach((type, layers) -> faults.add(new Fault(type, List.copyOf(layers))));
        return new Localisation(technique, FaultList.of(faults), 1, 1);
    }

    /** The localisation of a technique that could not run on a subject ({@code N/A}). */
    public static Localisation notApplicable(String technique) {
        return new Localisation(technique, FaultList.notApplicableList(), 1, 1);
    }

    /**
     * The mode over repeated runs of one technique: the fault list (compared by its notation)
     * that most runs gave, ties broken by the earliest run, with the number of runs that agree.
     */
    public static Localisation mode(List<Localisation> runs) {
        if (runs.isEmpty()) throw new IllegalArgumentException("the mode needs at least one run");
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Localisation> first = new LinkedHashMap<>();
        for (Localisation l : runs) {
            String key = l.faults().toString();
            counts.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, l);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        }
        Localisation winner = first.get(best);
        return new Localisation(winner.technique(), winner.faults(), runs.size(), counts.get(best));
    }
}

package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.mutation.DeepFdOperator;
import dev.dnnfl.spec.Fault;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.FaultType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * DeepFD's diagnosis of a subject from the predictions of its runs (spec deepfd.md §8.3–8.5):
 * for each classifier and label the number of runs predicting it and whether that switches the
 * label on (count &gt; offset scaled to the number of runs), the union over the three
 * classifiers, and the localisation in the study's notation (OCH, HLR, ACH(layers), LCH, HNE,
 * in DeepFD's label order).
 *
 * <p>Layers of {@code ACH}: the original reports only source lines. dnnfl names (1) the last
 * layer that owns an activation (standalone activation layers skipped), the layer DeepFD's
 * {@code act} mutation changes and hence what its classifiers learned to recognise, and (2) any
 * other layer with an activation whose outputs on the probe batch were degenerate at the end of
 * most runs: at least 70 % exact zeros (dead units; the dying-ReLU bound gamma) or at least 70 %
 * saturated.
 */
public record DeepFdConclusion(int runs, Map<ClassifierKind, Map<DeepFdLabel, Integer>> counts,
                               Map<ClassifierKind, Set<DeepFdLabel>> switchedOn, Set<DeepFdLabel> union,
                               List<Integer> activationLayers, FaultList localisation) {
    /** The fraction of degenerate outputs (zeros or saturated) that makes a layer's activation suspicious. */
    public static final double DEGENERATE_FRACTION = 0.7;

    public DeepFdConclusion {
        // Enum maps keep DeepFD's classifier and label order in every rendering.
        EnumMap<ClassifierKind, Map<DeepFdLabel, Integer>> c = new EnumMap<>(ClassifierKind.class);
        counts.forEach((k, v) -> c.put(k, java.util.Collections.unmodifiableMap(new EnumMap<>(v))));
        counts = java.util.Collections.unmodifiableMap(c);
        EnumMap<ClassifierKind, Set<DeepFdLabel>> on = new EnumMap<>(ClassifierKind.class);
        switchedOn.forEach((k, v) -> on.put(k, java.util.Collections.unmodifiableSet(v.isEmpty() ? EnumSet.noneOf(DeepFdLabel.class) : EnumSet.copyOf(v))));
        switchedOn = java.util.Collections.unmodifiableMap(on);
        union = union.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(union));
        activationLayers = List.copyOf(activationLayers);
    }

    /**
     * Aggregates per-run predictions of a subject ({@code subjectJson} is its canonical JSON;
     * {@code traces} the runs the predictions came from, in the same order).
     */
    public static DeepFdConclusion of(JsonNode subjectJson, List<RunTrace> traces,
                                      List<Map<ClassifierKind, Set<DeepFdLabel>>> predictions) {
        int runs = predictions.size();
        Map<ClassifierKind, Map<DeepFdLabel, Integer>> counts = new EnumMap<>(ClassifierKind.class);
        Map<ClassifierKind, Set<DeepFdLabel>> on = new EnumMap<>(ClassifierKind.class);
        EnumSet<DeepFdLabel> union = EnumSet.noneOf(DeepFdLabel.class);
        for (ClassifierKind kind : ClassifierKind.values()) {
            Map<DeepFdLabel, Integer> byLabel = new EnumMap<>(DeepFdLabel.class);
            EnumSet<DeepFdLabel> kindOn = EnumSet.noneOf(DeepFdLabel.class);
            for (DeepFdLabel label : DeepFdLabel.values()) {
                int c = (int) predictions.stream().filter(p -> p.getOrDefault(kind, Set.of()).contains(label)).count();
                byLabel.put(label, c);
                if (runs > 0 && label.switchedOn(c, runs)) kindOn.add(label);
            }
            counts.put(kind, byLabel);
            on.put(kind, kindOn);
            union.addAll(kindOn);
        }
        List<Integer> layers = suspiciousActivationLayers(subjectJson, traces);
        List<Fault> faults = new ArrayList<>();
        for (DeepFdLabel label : union) {
            faults.add(label == DeepFdLabel.ACT ? new Fault(FaultType.ACH, layers) : Fault.of(label.faultType()));
        }
        return new DeepFdConclusion(runs, counts, on, union, layers, FaultList.of(faults));
    }

    /** The layers named by an {@code act} diagnosis (see the type's description), sorted. */
    public static List<Integer> suspiciousActivationLayers(JsonNode subjectJson, List<RunTrace> traces) {
        TreeSet<Integer> layers = new TreeSet<>();
        JsonNode list = subjectJson.path("layers");
        int last = lastActivationLayer(subjectJson);
        if (last >= 0) layers.add(last);
        for (int i = 0; i < list.size(); i++) {
            if (!ownsActivation(list.get(i)) && !"activation".equals(list.get(i).path("type").asText())) continue;
            int degenerate = 0;
            for (RunTrace t : traces) {
                ActivationHealth h = t.activations().get(i);
                if (h != null && (h.fractionZero() >= DEGENERATE_FRACTION || h.fractionSaturated() >= DEGENERATE_FRACTION)) {
                    degenerate++;
                }
            }
            if (!traces.isEmpty() && degenerate * 2 > traces.size()) layers.add(i);
        }
        return List.copyOf(layers);
    }

    /** The last layer that owns an activation, as DeepFD's {@code act} operator picks it, or -1. */
    public static int lastActivationLayer(JsonNode subjectJson) {
        return DeepFdOperator.lastActivationLayer(subjectJson);
    }

    // A dense or conv2d layer owns an activation (Keras' default is linear) even when the field is absent.
    static boolean ownsActivation(JsonNode layer) {
        String type = layer.path("type").asText();
        if (type.equals("activation")) return false;
        return layer.has("activation") || type.equals("dense") || type.equals("conv2d");
    }
}

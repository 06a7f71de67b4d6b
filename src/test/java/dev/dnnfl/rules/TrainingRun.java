package dev.dnnfl.rules;

import dev.dnnfl.facts.DataFact;
import dev.dnnfl.facts.LayerFact;
import dev.dnnfl.facts.StaticFacts;
import dev.dnnfl.facts.TelemetryFacts;
import dev.dnnfl.facts.TensorFact;
import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TensorStats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A readable test builder of a short training run of a {@link NetworkBuilder}'s network: its static
 * facts, healthy telemetry for every epoch (losses falling, accuracies rising, every layer's
 * output, kernel and gradient moving and in range), and training data in [0, 1]. Tests then
 * break one thing: {@code run(net, 5).epoch(2, e -> e.loss = Double.NaN)},
 * {@code .probe(0, 4, p -> p.output.mean = 0)}. The telemetry goes through the real
 * {@link TelemetryFacts} converter, snapshots before the epoch record, as training produces it.
 */
final class TrainingRun implements FactSource {
    /** One epoch record, editable. */
    static final class Epoch {
        double loss;
        double accuracy;
        double validationLoss;
        double validationAccuracy;
        double learningRate = 0.001;
    }

    /** One tensor's statistics, editable. */
    static final class Stats {
        double mean;
        double std;
        double min;
        double max;
        double norm;
        double fractionZero;
        double fractionNonFinite;
        double fractionSaturated;
        long count = 100;
        /** When set, the fact's variance instead of std² (to put it exactly on a bound). */
        Double variance;

        TensorStats stats() {
            return new TensorStats(mean, std, min, max, norm, fractionZero, fractionNonFinite, fractionSaturated, count);
        }
    }

    /** One layer's epoch-end probe snapshot, editable; kernel and gradient only for dense/conv2d. */
    static final class Probe {
        final Stats output = new Stats();
        Stats kernel;
        Stats gradient;
    }

    private final NetworkBuilder network;
    private final int epochs;
    private final Map<Integer, Epoch> epochRecords = new HashMap<>();
    private final Map<List<Integer>, Probe> probes = new HashMap<>();
    private double dataMin = 0.0;
    private double dataMax = 1.0;
    private double labelMin = 0.0;
    private double labelMax = 1.0;
    private long dataNaN = 0;
    private List<Integer> sampleShape;

    private TrainingRun(NetworkBuilder network, int epochs) {
        this.network = network.epochs(epochs);
        this.epochs = epochs;
        StaticFacts statics = this.network.staticFacts();
        sampleShape = statics.model().inputShape();
        for (int e = 0; e < epochs; e++) {
            Epoch r = new Epoch();
            r.loss = 1.0 / (e + 1);
            r.accuracy = 0.5 + 0.01 * e;
            r.validationLoss = 1.1 / (e + 1);
            r.validationAccuracy = 0.45 + 0.01 * e;
            epochRecords.put(e, r);
            for (LayerFact layer : statics.layers()) {
                int l = layer.index();
                Probe p = new Probe();
                fill(p.output, 0.3 + 0.01 * e + 0.001 * l, 0.2, 0.0, 1.0, 3.0);
                p.output.fractionZero = 0.1;
                if (layer.learning()) {
                    p.kernel = new Stats();
                    fill(p.kernel, 0.01 * (e + 1) + 0.001 * l, 0.05, -0.2, 0.2, 1.0);
                    p.gradient = new Stats();
                    fill(p.gradient, 0.001 * (e + 1) + 0.0001 * l, 0.1, -0.3, 0.3, 1.0);
                }
                probes.put(List.of(l, e), p);
            }
        }
    }

    private static void fill(Stats s, double mean, double std, double min, double max, double norm) {
        s.mean = mean;
        s.std = std;
        s.min = min;
        s.max = max;
        s.norm = norm;
    }

    /** A healthy run of the network over the given number of epochs. */
    static TrainingRun run(NetworkBuilder network, int epochs) {
        return new TrainingRun(network, epochs);
    }

    /** Edits one epoch's record. */
    TrainingRun epoch(int e, Consumer<Epoch> change) {
        change.accept(epochRecords.get(e));
        return this;
    }

    /** Edits every epoch's record. */
    TrainingRun everyEpoch(Consumer<Epoch> change) {
        epochRecords.values().forEach(change);
        return this;
    }

    /** Edits one layer's probe snapshot at one epoch. */
    TrainingRun probe(int layer, int e, Consumer<Probe> change) {
        change.accept(probes.get(List.of(layer, e)));
        return this;
    }

    /** Edits one layer's probe snapshots at epochs first..last (inclusive). */
    TrainingRun probes(int layer, int first, int last, Consumer<Probe> change) {
        for (int e = first; e <= last; e++) probe(layer, e, change);
        return this;
    }

    /** The training inputs' range. */
    TrainingRun inputs(double min, double max) {
        dataMin = min;
        dataMax = max;
        return this;
    }

    /** The training labels' range. */
    TrainingRun labels(double min, double max) {
        labelMin = min;
        labelMax = max;
        return this;
    }

    /** NaN values among the training inputs. */
    TrainingRun inputNaNs(long count) {
        dataNaN = count;
        return this;
    }

    /** The shape of one training sample. */
    TrainingRun sampleShape(Integer... shape) {
        sampleShape = List.of(shape);
        return this;
    }

    /** The static facts (with the training split's statistics) followed by the telemetry facts. */
    @Override
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(staticFacts().all());
        facts.addAll(telemetry());
        return facts;
    }

    private static TensorFact withVariance(TensorFact t, double variance) {
        return new TensorFact(t.layer(), t.epoch(), t.iteration(), t.probe(), t.quantity(), t.mean(), t.std(), t.min(),
                t.max(), t.norm(), t.fractionZero(), t.fractionNonFinite(), t.fractionSaturated(), t.count(),
                variance, t.rms(), t.finite());
    }

    DataFact trainData() {
        return new DataFact("train", 100, sampleShape, dataMin, dataMax, 0.5, 0.2, dataNaN, 0,
                labelMin, labelMax, true, List.of());
    }

    /** The telemetry facts alone, in training order. */
    List<Object> telemetry() {
        List<Object> facts = new ArrayList<>();
        for (Object record : records()) {
            if (record instanceof LayerSnapshot s) {
                Probe p = probes.get(List.of(s.layer(), s.epoch()));
                for (Object f : TelemetryFacts.from(s)) {
                    facts.add(f instanceof TensorFact t && t.quantity() == Quantity.WEIGHTS && p.kernel.variance != null
                            ? withVariance(t, p.kernel.variance) : f);
                }
            } else {
                facts.addAll(TelemetryFacts.from((EpochRecord) record));
            }
        }
        return facts;
    }

    /** The static facts of the run's subject, with the training split's statistics. */
    StaticFacts staticFacts() {
        StaticFacts statics = network.staticFacts();
        return StaticFacts.of(network.subject(), statics.model().inputShape(), List.of(trainData()));
    }

    /**
     * The telemetry records as training produces them: per epoch, every layer's probe snapshot,
     * then the epoch record.
     */
    List<Object> records() {
        List<Object> records = new ArrayList<>();
        int layers = network.staticFacts().layers().size();
        for (int e = 0; e < epochs; e++) {
            for (int l = 0; l < layers; l++) {
                Probe p = probes.get(List.of(l, e));
                Map<Quantity, TensorStats> stats = new EnumMap<>(Quantity.class);
                stats.put(Quantity.ACTIVATIONS, p.output.stats());
                if (p.kernel != null) stats.put(Quantity.WEIGHTS, p.kernel.stats());
                if (p.gradient != null) stats.put(Quantity.WEIGHT_GRADIENTS, p.gradient.stats());
                records.add(new LayerSnapshot(l, e, (e + 1) * 10L, true, stats));
            }
            Epoch r = epochRecords.get(e);
            records.add(new EpochRecord(e, r.loss, r.accuracy, r.validationLoss, r.validationAccuracy, r.learningRate, 10));
        }
        return records;
    }
}

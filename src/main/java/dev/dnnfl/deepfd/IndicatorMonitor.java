package dev.dnnfl.deepfd;

import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TelemetrySink;
import dev.dnnfl.telemetry.TensorStats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DeepFD's runtime monitor (spec deepfd.md §2) fed by dnnfl telemetry: it turns the iterations,
 * layer snapshots and epochs of one training run into check rows, and asks the trainer to stop
 * when the validation loss has not improved for {@code patience} epochs (Keras' EarlyStopping the
 * original always adds, §6.1). Mutable, for one run on one thread; {@link #trace()} hands the
 * result on.
 *
 * <p>Where dnnfl's telemetry differs from the original's hooks:
 * <ul>
 *   <li>One check per epoch, at its end, as the original's {@code batch_256} mode gives for epochs
 *   of at most 256 batches; the original checks at the first batch of an epoch, dnnfl at the last
 *   (its probe snapshot is taken then). The history holds the epoch's batch entries but not yet its
 *   epoch entry, so, as in the original, the last validation entries are null at every check.</li>
 *   <li>Batch entries come from the sampled iteration records; a batch's accuracy is the running
 *   mean over the epoch's sampled batches, as Keras 2.3 logs it.</li>
 *   <li>Gradients are the probe-batch gradients (the latest sampled ones when a layer has no probe
 *   snapshot); the kernel of each layer is known, so the first/last kernel norm does not assume
 *   kernels and biases alternate (the spec's defect 11).</li>
 *   <li>Weights are the weight and bias tensors of every layer; the tensor statistics exclude
 *   non-finite values, so mean/std equality is tested on finite values.</li>
 * </ul>
 */
public final class IndicatorMonitor implements TelemetrySink {
    private final IndicatorLimits limits;
    private final int configuredEpochs;
    private final boolean hasAccuracy;

    // History lists H of §2.2: batch entries and epoch entries interleaved; null = absent.
    private final List<Double> loss = new ArrayList<>();
    private final List<Double> acc = new ArrayList<>();
    private final List<Double> valLoss = new ArrayList<>();
    private final List<Double> valAcc = new ArrayList<>();
    private double epochAccuracySum;
    private int epochAccuracyCount;
    private int currentEpoch = -1;

    private final Map<Integer, Map<Quantity, TensorStats>> latest = new TreeMap<>();
    private final Map<Integer, Map<Quantity, TensorStats>> probe = new TreeMap<>();
    private final Map<String, double[]> previousWeights = new HashMap<>();

    private final EnumMap<CheckSeries, Double> indicators = new EnumMap<>(CheckSeries.class);
    private final List<CheckRow> checks = new ArrayList<>();
    private final Map<Integer, ActivationHealth> activations = new TreeMap<>();
    private EpochRecord lastEpoch;

    private double bestValidationLoss = Double.POSITIVE_INFINITY;
    private int epochsWithoutImprovement;
    private String stop;

    /**
     * A monitor for one run of a subject trained for {@code configuredEpochs} epochs;
     * {@code hasAccuracy} is false for regression (accuracy entries are then absent, not NaN).
     */
    public IndicatorMonitor(IndicatorLimits limits, int configuredEpochs, boolean hasAccuracy) {
        if (configuredEpochs < 1) throw new IllegalArgumentException("epochs must be >= 1, found " + configuredEpochs);
        this.limits = limits;
        this.configuredEpochs = configuredEpochs;
        this.hasAccuracy = hasAccuracy;
        for (CheckSeries s : CheckSeries.values()) indicators.put(s, 0.0);
    }

    @Override
    public void onIteration(IterationRecord iteration) {
        if (iteration.epoch() != currentEpoch) {
            currentEpoch = iteration.epoch();
            epochAccuracySum = 0;
            epochAccuracyCount = 0;
        }
        loss.add(iteration.loss());
        if (hasAccuracy) {
            epochAccuracySum += iteration.accuracy();
            epochAccuracyCount++;
            acc.add(epochAccuracySum / epochAccuracyCount);
        } else {
            acc.add(null);
        }
        valLoss.add(null);
        valAcc.add(null);
    }

    @Override
    public void onLayerSnapshot(LayerSnapshot snapshot) {
        Map<Integer, Map<Quantity, TensorStats>> target = snapshot.probe() ? probe : latest;
        target.computeIfAbsent(snapshot.layer(), k -> new EnumMap<>(Quantity.class)).putAll(snapshot.stats());
        if (snapshot.probe()) {
            TensorStats a = snapshot.get(Quantity.ACTIVATIONS);
            if (a != null) activations.put(snapshot.layer(), new ActivationHealth(a.fractionZero(), a.fractionSaturated()));
        }
    }

    @Override
    public void onEpoch(EpochRecord epoch) {
        check(epoch.epoch());
        loss.add(epoch.trainLoss());
        acc.add(hasAccuracy ? epoch.trainAccuracy() : null);
        valLoss.add(Double.isNaN(epoch.validationLoss()) ? null : epoch.validationLoss());
        valAcc.add(!hasAccuracy || Double.isNaN(epoch.validationAccuracy()) ? null : epoch.validationAccuracy());
        lastEpoch = epoch;
        currentEpoch = -1;
        probe.clear();
        updateEarlyStopping(epoch.validationLoss());
    }

    private void updateEarlyStopping(double validationLoss) {
        if (limits.patience() <= 0 || Double.isNaN(validationLoss)) return;
        // Keras' EarlyStopping with min_delta 0: only a strictly lower loss is an improvement.
        if (validationLoss < bestValidationLoss) {
            bestValidationLoss = validationLoss;
            epochsWithoutImprovement = 0;
        } else if (++epochsWithoutImprovement >= limits.patience()) {
            stop = "early stopping: validation loss did not improve for " + limits.patience() + " epochs";
        }
    }

    @Override
    public Optional<String> stopRequest() {
        return Optional.ofNullable(stop);
    }

    /**
     * Ends the run: when it stopped inside an epoch (a diverged run ends at its first NaN loss,
     * before any epoch record), that partial epoch gets its check and stands in as the last epoch,
     * with the last batch's loss and running accuracy and no validation values. Without this a
     * run that diverged in its first epoch would leave no trace, and the mutants DeepFD most
     * needs to learn (a learning rate of 1 to 10) would drop out of the training set.
     */
    public void finish() {
        if (currentEpoch < 0) return;
        int epoch = currentEpoch;
        check(epoch);
        Double lastLoss = last(loss);
        Double lastAcc = last(acc);
        lastEpoch = new EpochRecord(epoch, lastLoss == null ? Double.NaN : lastLoss,
                lastAcc == null ? Double.NaN : lastAcc, Double.NaN, Double.NaN, Double.NaN, 0);
        currentEpoch = -1;
    }

    /** The run as DeepFD keeps it: check rows so far, last epoch, last probe activations. */
    public RunTrace trace() {
        return new RunTrace(checks, lastEpoch, activations);
    }

    private void check(int epoch) {
        gradientGroup();
        weightGroup();
        lossGroup();
        EnumMap<CheckSeries, Double> row = new EnumMap<>(indicators);
        row.put(CheckSeries.LOSS, lastOrZero(loss));
        row.put(CheckSeries.ACC, lastOrZero(acc));
        row.put(CheckSeries.VAL_LOSS, lastOrZero(valLoss));
        row.put(CheckSeries.VAL_ACC, lastOrZero(valAcc));
        checks.add(new CheckRow(epoch, row));
    }

    private void add(CheckSeries series) {
        indicators.merge(series, 1.0, Double::sum);
    }

    private void set(CheckSeries series) {
        indicators.put(series, 1.0);
    }

    // §2.3 gradient group: nan_gradient first; when it fires the other gradient tests are skipped.
    private void gradientGroup() {
        List<TensorStats> tensors = new ArrayList<>();
        List<Double> kernelNorms = new ArrayList<>();
        TreeMap<Integer, Map<Quantity, TensorStats>> layers = new TreeMap<>(latest);
        layers.putAll(probe);
        for (Map<Quantity, TensorStats> stats : layers.values()) {
            TensorStats w = stats.get(Quantity.WEIGHT_GRADIENTS);
            TensorStats b = stats.get(Quantity.BIAS_GRADIENTS);
            if (w != null) {
                tensors.add(w);
                kernelNorms.add(w.l2Norm());
            }
            if (b != null) tensors.add(b);
        }
        if (tensors.isEmpty()) return;
        if (tensors.stream().anyMatch(t -> t.fractionNonFinite() > 0)) {
            set(CheckSeries.NAN_GRADIENT);
            return;
        }
        double zeros = 0;
        double total = 0;
        for (TensorStats t : tensors) {
            zeros += t.fractionZero() * t.count();
            total += t.count();
        }
        if (total > 0 && zeros / total >= limits.deadZeroRatio()) add(CheckSeries.DIED_RELU);
        if (kernelNorms.isEmpty()) return;
        double first = kernelNorms.get(0);
        double rate = first / kernelNorms.get(kernelNorms.size() - 1);   // 0/0 = NaN, x/0 = ∞, as numpy
        if (rate < limits.vanishingRatio() && first < limits.vanishingNorm()) add(CheckSeries.VANISH_GRADIENT);
        if (rate > limits.explodingRatio()) add(CheckSeries.EXPLODE_GRADIENT);
    }

    // §2.3 weight group: nan_weight first; when it fires large_weight and the constancy tests are skipped.
    private void weightGroup() {
        Map<String, TensorStats> tensors = new TreeMap<>();
        for (Map.Entry<Integer, Map<Quantity, TensorStats>> e : latest.entrySet()) {
            TensorStats w = e.getValue().get(Quantity.WEIGHTS);
            TensorStats b = e.getValue().get(Quantity.BIASES);
            if (w != null) tensors.put(e.getKey() + "/W", w);
            if (b != null) tensors.put(e.getKey() + "/b", b);
        }
        for (Map.Entry<Integer, Map<Quantity, TensorStats>> e : probe.entrySet()) {
            TensorStats w = e.getValue().get(Quantity.WEIGHTS);
            TensorStats b = e.getValue().get(Quantity.BIASES);
            if (w != null) tensors.put(e.getKey() + "/W", w);
            if (b != null) tensors.put(e.getKey() + "/b", b);
        }
        if (tensors.isEmpty()) return;
        try {
            if (tensors.values().stream().anyMatch(t -> t.fractionNonFinite() > 0)) {
                set(CheckSeries.NAN_WEIGHT);
                return;
            }
            if (tensors.values().stream().anyMatch(t -> Math.max(Math.abs(t.min()), Math.abs(t.max())) > limits.largeWeight())) {
                add(CheckSeries.LARGE_WEIGHT);
            }
            for (Map.Entry<String, TensorStats> e : tensors.entrySet()) {
                double[] before = previousWeights.get(e.getKey());
                if (before == null) continue;
                if (before[0] == e.getValue().mean()) add(CheckSeries.CONS_MEAN_WEIGHT);
                if (before[1] == e.getValue().std()) add(CheckSeries.CONS_STD_WEIGHT);
            }
        } finally {
            // W_prev becomes W at the end of every check, whatever fired.
            for (Map.Entry<String, TensorStats> e : tensors.entrySet()) {
                previousWeights.put(e.getKey(), new double[]{e.getValue().mean(), e.getValue().std()});
            }
        }
    }

    // §2.4 loss group, in the original's order: nan_loss, nan_acc, then behind the gate
    // test_not_well, test_turn_bad, unstable_loss, not_converge + sc_accuracy, increase_loss, decrease_acc.
    private void lossGroup() {
        Double lastValLoss = last(valLoss);
        if (hasNonFinite(loss) || hasNonFinite(valLoss) || (lastValLoss != null && lastValLoss >= limits.lossExplosion())) {
            add(CheckSeries.NAN_LOSS);
            return;
        }
        if (hasNonFinite(acc) || hasNonFinite(valAcc)) {
            add(CheckSeries.NAN_ACC);
            return;
        }
        if (loss.size() < limits.gateFraction() * configuredEpochs) return;
        Double lastAcc = last(acc);
        Double lastValAcc = last(valAcc);
        if (lastValAcc != null && lastAcc != null) {
            double gap = lastAcc - lastValAcc;
            if ((lastAcc <= 0.9 && gap >= 0.1) || (lastAcc > 0.9 && gap >= 0.07)) add(CheckSeries.TEST_NOT_WELL);
        }
        testTurnBad();
        if (unstable()) set(CheckSeries.UNSTABLE_LOSS);
        if (!acc.isEmpty() && !valAcc.isEmpty() && acc.get(0) != null && valAcc.get(0) != null) {
            if (maxOf(valAcc) < limits.satisfactoryAccuracy() || maxOf(acc) < limits.satisfactoryAccuracy()) {
                set(CheckSeries.NOT_CONVERGE);
            }
            if (largestIncrease(valAcc) < limits.slowIncrease() && largestIncrease(acc) < limits.slowIncrease()) {
                set(CheckSeries.SC_ACCURACY);
            }
        }
        if (loss.size() >= 2 && loss.get(loss.size() - 1) > loss.get(loss.size() - 2)) add(CheckSeries.INCREASE_LOSS);
        if (acc.size() >= 2 && acc.get(acc.size() - 1) != null && acc.get(acc.size() - 2) != null
                && acc.get(acc.size() - 1) < acc.get(acc.size() - 2)) {
            add(CheckSeries.DECREASE_ACC);
        }
    }

    private void testTurnBad() {
        for (int i = loss.size() - 1; i >= 1; i--) {
            if (!(loss.get(i - 1) - loss.get(i) > limits.stepEpsilon())) {
                indicators.put(CheckSeries.TEST_TURN_BAD, 0.0);
                return;
            }
            Double before = valLoss.get(i - 1);
            Double after = valLoss.get(i);
            if (before != null && after != null) {
                indicators.put(CheckSeries.TEST_TURN_BAD, after - before > limits.stepEpsilon() ? 1.0 : 0.0);
                return;
            }
        }
    }

    private boolean unstable() {
        List<Double> a = acc.stream().filter(x -> x != null).toList();
        List<Double> maxima = new ArrayList<>();
        List<Double> minima = new ArrayList<>();
        for (int i = 1; i + 1 < a.size(); i++) {
            double x = a.get(i);
            if (x >= a.get(i - 1) && x >= a.get(i + 1)) maxima.add(x);
            if (x <= a.get(i - 1) && x <= a.get(i + 1)) minima.add(x);
        }
        int swings = 0;
        for (int k = 0; k < Math.min(maxima.size(), minima.size()); k++) {
            if (maxima.get(k) - minima.get(k) >= limits.unstableSwing()) swings++;
        }
        return !a.isEmpty() && swings >= limits.unstableFraction() * acc.size();
    }

    private static double maxOf(List<Double> xs) {
        return xs.stream().filter(x -> x != null).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double largestIncrease(List<Double> xs) {
        double best = 0;
        for (int i = 0; i + 1 < xs.size(); i++) {
            if (xs.get(i) != null && xs.get(i + 1) != null) best = Math.max(best, xs.get(i + 1) - xs.get(i));
        }
        return best;
    }

    // §2.4: a list whose first entry is null is never checked for NaN (the original's test).
    private static boolean hasNonFinite(List<Double> xs) {
        if (xs.isEmpty() || xs.get(0) == null) return false;
        return xs.stream().anyMatch(x -> x != null && !Double.isFinite(x));
    }

    private static Double last(List<Double> xs) {
        return xs.isEmpty() ? null : xs.get(xs.size() - 1);
    }

    // §2.5: a null or an exact 0 is written as 0.0.
    private static double lastOrZero(List<Double> xs) {
        Double x = last(xs);
        return x == null ? 0.0 : x;
    }
}

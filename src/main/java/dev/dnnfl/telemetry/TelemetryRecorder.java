package dev.dnnfl.telemetry;

import dev.dnnfl.train.EpochSummary;
import dev.dnnfl.train.LayerMap;
import dev.dnnfl.train.TrainingObserver;
import dev.dnnfl.train.TrainingResult;
import dev.dnnfl.train.TrainingRun;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a training run's telemetry as it happens and forwards every record to the sinks
 * (the live rules, the run-folder writer), honouring their stop requests.
 *
 * <p>Every {@code sampleEvery}-th iteration (and every iteration whose loss is not finite) gives
 * an {@link IterationRecord} and, per layer, statistics of weights, biases, gradients (before the
 * optimiser step), updates (the applied Δweight) and activations (of the training batch, dropout
 * active; absent for an output that feeds a dropout layer, which DL4J overwrites in place). At each epoch end, the probe batch gives per layer activations and the loss
 * gradients in inference mode ({@code probe = true}), then the {@link EpochRecord}. Layers are
 * numbered by Keras index. One recorder observes one run.
 */
public final class TelemetryRecorder extends BaseTrainingListener implements TrainingObserver {
    /**
     * Default sampling interval in iterations: the measured overhead on the small MLP and CNN of
     * {@code dnnfl bench-telemetry} was 6–8 % of CPU time at 10, against 20–55 % at 1
     * (docs/readme-train.md).
     */
    public static final int DEFAULT_SAMPLE_EVERY = 10;

    private final int sampleEvery;
    private final List<TelemetrySink> sinks;
    private final List<IterationRecord> iterations = new ArrayList<>();
    private final List<LayerSnapshot> snapshots = new ArrayList<>();
    private final List<EpochRecord> epochs = new ArrayList<>();
    private final List<LayerSnapshot> pending = new ArrayList<>();
    private RunInfo runInfo;
    private TrainingResult outcome;
    private TrainingRun run;
    private LayerMap map;
    private long nextIteration;
    private int epoch;
    private INDArray paramsBefore;
    private Map<Integer, Map<Quantity, TensorStats>> sampled;

    public TelemetryRecorder(int sampleEvery, List<? extends TelemetrySink> sinks) {
        if (sampleEvery < 1) throw new IllegalArgumentException("sampleEvery must be >= 1, found " + sampleEvery);
        this.sampleEvery = sampleEvery;
        this.sinks = List.copyOf(sinks);
    }

    public TelemetryRecorder(List<? extends TelemetrySink> sinks) {
        this(DEFAULT_SAMPLE_EVERY, sinks);
    }

    // ---- train's observer hooks -------------------------------------------------------------

    @Override
    public void onStart(TrainingRun run) {
        this.run = run;
        this.map = run.network().layers();
        this.runInfo = RunInfo.of(run.subject(), run.seed(), sampleEvery, (int) run.probeFeatures().size(0));
        for (TelemetrySink s : sinks) s.onStart(runInfo);
    }

    @Override
    public void onIteration(long iteration, int epoch, double loss, double accuracy) {
        this.epoch = epoch;
        boolean sample = isSampled(iteration) || !Double.isFinite(loss);
        if (sample) {
            IterationRecord r = new IterationRecord(iteration, epoch, loss, accuracy);
            iterations.add(r);
            for (TelemetrySink s : sinks) s.onIteration(r);
        }
        for (LayerSnapshot s : pending) emit(s);
        pending.clear();
        nextIteration = iteration + 1;
    }

    @Override
    public void onEpochEnd(EpochSummary summary) {
        long iteration = nextIteration - 1;
        List<INDArray> outputs = run.probeActivations();
        Map<Integer, Map<String, INDArray>> gradients = run.probeGradients();
        MultiLayerNetwork model = run.network().model();
        for (int k = 0; k < map.size(); k++) {
            Map<Quantity, TensorStats> stats = new EnumMap<>(Quantity.class);
            stats.put(Quantity.ACTIVATIONS, TensorStats.of(outputs.get(k), run.network().activations().get(k)));
            int dl4j = map.dl4jLayer().get(k);
            if (dl4j >= 0) {
                Map<String, INDArray> params = model.getLayer(dl4j).paramTable();
                Map<String, INDArray> grads = gradients.getOrDefault(dl4j, Map.of());
                putParam(stats, Quantity.WEIGHTS, params, "W", "gamma");
                putParam(stats, Quantity.BIASES, params, "b", "beta");
                putParam(stats, Quantity.WEIGHT_GRADIENTS, grads, "W", "gamma");
                putParam(stats, Quantity.BIAS_GRADIENTS, grads, "b", "beta");
            }
            emit(new LayerSnapshot(k, summary.epoch(), iteration, true, stats));
        }
        EpochRecord r = new EpochRecord(summary.epoch(), summary.trainLoss(), summary.trainAccuracy(),
                summary.validationLoss(), summary.validationAccuracy(), summary.learningRate(), summary.millis());
        epochs.add(r);
        for (TelemetrySink s : sinks) s.onEpoch(r);
    }

    @Override
    public void onEnd(TrainingResult result) {
        this.outcome = result;
        for (TelemetrySink s : sinks) s.onEnd(result);
    }

    @Override
    public Optional<String> stopRequest() {
        for (TelemetrySink s : sinks) {
            Optional<String> r = s.stopRequest();
            if (r.isPresent()) return r;
        }
        return Optional.empty();
    }

    // ---- DL4J listener hooks: gradients before the step, parameters after it ------------------

    @Override
    public void onForwardPass(Model model, List<INDArray> activations) {
        if (!isSampled(nextIteration) || map == null) return;
        sampled = new HashMap<>();
        MultiLayerNetwork net = (MultiLayerNetwork) model;
        // activations: [input, output of DL4J layer 0, 1, …]
        for (int k = 0; k < map.size(); k++) {
            int dl4j = map.outputOf().get(k);
            Map<Quantity, TensorStats> stats = new EnumMap<>(Quantity.class);
            // DL4J applies dropout in place to the next layer's input, so an output that feeds a
            // dropout holds the dropped values by now: leave it out (the epoch-end probe has it)
            boolean overwritten = dl4j + 1 < net.getnLayers()
                    && net.getLayer(dl4j + 1).conf().getLayer().getIDropout() != null;
            if (!overwritten) {
                stats.put(Quantity.ACTIVATIONS, TensorStats.of(activations.get(dl4j + 1), run.network().activations().get(k)));
            }
            sampled.put(k, stats);
        }
    }

    @Override
    public void onGradientCalculation(Model model) {
        if (!isSampled(nextIteration) || map == null) return;
        if (sampled == null) sampled = new HashMap<>();
        Map<String, INDArray> grads = model.gradient().gradientForVariable();
        for (int k = 0; k < map.size(); k++) {
            int dl4j = map.dl4jLayer().get(k);
            if (dl4j < 0) continue;
            Map<String, INDArray> layerGrads = new HashMap<>();
            for (String p : List.of("W", "b", "gamma", "beta")) {
                INDArray g = grads.get(dl4j + "_" + p);
                if (g != null) layerGrads.put(p, g);
            }
            Map<Quantity, TensorStats> stats = sampled.computeIfAbsent(k, x -> new EnumMap<>(Quantity.class));
            putParam(stats, Quantity.WEIGHT_GRADIENTS, layerGrads, "W", "gamma");
            putParam(stats, Quantity.BIAS_GRADIENTS, layerGrads, "b", "beta");
        }
        paramsBefore = model.params().dup();
    }

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        if (!isSampled(nextIteration) || map == null || sampled == null) return;
        MultiLayerNetwork net = (MultiLayerNetwork) model;
        INDArray delta = paramsBefore == null ? null : net.params().sub(paramsBefore);
        long offset = 0;
        Map<Integer, Long> offsets = new HashMap<>();
        for (int l = 0; l < net.getnLayers(); l++) {
            offsets.put(l, offset);
            offset += net.getLayer(l).numParams();
        }
        for (int k = 0; k < map.size(); k++) {
            int dl4j = map.dl4jLayer().get(k);
            Map<Quantity, TensorStats> stats = sampled.computeIfAbsent(k, x -> new EnumMap<>(Quantity.class));
            if (dl4j >= 0) {
                Map<String, INDArray> params = net.getLayer(dl4j).paramTable();
                putParam(stats, Quantity.WEIGHTS, params, "W", "gamma");
                putParam(stats, Quantity.BIASES, params, "b", "beta");
                String kernel = params.containsKey("W") ? "W" : params.containsKey("gamma") ? "gamma" : null;
                if (delta != null && kernel != null) {
                    // parameters are laid out layer by layer, kernel first (W before b, gamma before beta)
                    long start = offsets.get(dl4j);
                    long length = params.get(kernel).length();
                    INDArray d = delta.reshape(delta.length()).get(org.nd4j.linalg.indexing.NDArrayIndex.interval(start, start + length));
                    stats.put(Quantity.UPDATES, TensorStats.of(d));
                }
            }
            pending.add(new LayerSnapshot(k, this.epoch, nextIteration, false, stats));
        }
        sampled = null;
        paramsBefore = null;
    }

    // ---- results ------------------------------------------------------------------------------

    /** The run's telemetry so far (complete once training returned). */
    public Telemetry telemetry() {
        if (runInfo == null) throw new IllegalStateException("the recorder has not observed a run");
        return new Telemetry(runInfo, iterations, snapshots, epochs, Optional.ofNullable(outcome));
    }

    private boolean isSampled(long iteration) {
        return iteration % sampleEvery == 0;
    }

    private void emit(LayerSnapshot s) {
        snapshots.add(s);
        for (TelemetrySink sink : sinks) sink.onLayerSnapshot(s);
    }

    private static void putParam(Map<Quantity, TensorStats> stats, Quantity q, Map<String, INDArray> params, String... keys) {
        for (String key : keys) {
            INDArray a = params.get(key);
            if (a != null) {
                stats.put(q, TensorStats.of(a));
                return;
            }
        }
    }
}

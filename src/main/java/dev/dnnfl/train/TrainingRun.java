package dev.dnnfl.train;

import dev.dnnfl.spec.Subject;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.regularization.L1Regularization;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One training run in progress, as observers see it: the subject, the seed, the network and
 * the fixed probe batch (the first {@code batch_size} training samples, as DeepDiagnosis takes
 * them). It computes what the originals evaluate on the probe batch at an epoch's end:
 * layer outputs and loss gradients in inference mode (no dropout).
 */
public final class TrainingRun {
    private final Subject subject;
    private final long seed;
    private final Network network;
    private final INDArray probeFeatures;
    private final INDArray probeLabels;
    private final MultiLayerNetwork inferenceTwin;
    private final long trainingSamples;

    TrainingRun(Subject subject, long seed, Network network, MultiLayerNetwork inferenceTwin, long trainingSamples,
                INDArray probeFeatures, INDArray probeLabels) {
        this.trainingSamples = trainingSamples;
        this.inferenceTwin = inferenceTwin;
        this.subject = subject;
        this.seed = seed;
        this.network = network;
        this.probeFeatures = probeFeatures;
        this.probeLabels = probeLabels;
    }

    public Subject subject() {
        return subject;
    }

    public long seed() {
        return seed;
    }

    public Network network() {
        return network;
    }

    /** The number of training samples (one epoch). */
    public long trainingSamples() {
        return trainingSamples;
    }

    /** The probe batch's inputs (Keras shape). */
    public INDArray probeFeatures() {
        return probeFeatures;
    }

    /** The probe batch's encoded targets. */
    public INDArray probeLabels() {
        return probeLabels;
    }

    /**
     * Each Keras layer's output on the probe batch in inference mode, indexed by Keras layer
     * (a flatten's output is its input's values, in Keras' order).
     */
    public List<INDArray> probeActivations() {
        List<INDArray> all = network.model().feedForward(probeFeatures, false);   // [input, layer 0, layer 1, …]
        LayerMap map = network.layers();
        return map.outputOf().stream().map(dl4j -> all.get(dl4j + 1)).toList();
    }

    /**
     * The gradient of the total loss (regularisation included, as Keras' gradients of
     * {@code model.total_loss}) on the probe batch with respect to each parameter, in inference
     * mode: keys are DL4J layer index → parameter name ({@code W}, {@code b}, …). Computed on an
     * inference twin that shares the network's parameters, so training is not disturbed.
     * Batch normalisation uses the probe batch's statistics here (DL4J backpropagates only in
     * training mode).
     */
    public Map<Integer, Map<String, INDArray>> probeGradients() {
        inferenceTwin.setInput(probeFeatures);
        inferenceTwin.setLabels(probeLabels);
        inferenceTwin.computeGradientAndScore();
        Gradient g = inferenceTwin.gradient();
        Map<Integer, Map<String, INDArray>> out = new HashMap<>();
        for (Map.Entry<String, INDArray> e : g.gradientForVariable().entrySet()) {
            String[] key = e.getKey().split("_", 2);
            int layer = Integer.parseInt(key[0]);
            INDArray grad = e.getValue().dup();
            addRegularization(layer, key[1], grad);
            out.computeIfAbsent(layer, k -> new HashMap<>()).put(key[1], grad);
        }
        inferenceTwin.clear();
        return out;
    }

    private void addRegularization(int layer, String param, INDArray grad) {
        if (!(network.model().getLayer(layer).conf().getLayer() instanceof BaseLayer base)) return;
        List<Regularization> regs = param.equals("W") ? base.getRegularization() : base.getRegularizationBias();
        if (regs == null) return;
        INDArray w = network.model().getLayer(layer).getParam(param);
        for (Regularization r : regs) {
            if (r instanceof L1Regularization l1) grad.addi(Transforms.sign(w, true).muli(l1.getL1().valueAt(0, 0)));
            else if (r instanceof L2Regularization l2) grad.addi(w.mul(l2.getL2().valueAt(0, 0)));
        }
    }
}

package dev.dnnfl.train;

import dev.dnnfl.spec.Initializer;
import dev.dnnfl.spec.LayerSpec;
import dev.dnnfl.spec.Regularizer;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.UserError;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.IUpdater;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a subject's model as a DL4J {@link MultiLayerNetwork} with Keras semantics.
 *
 * <p>Every Keras layer but {@code flatten} becomes one DL4J layer (flatten becomes DL4J's
 * CNN-to-dense preprocessor), and a parameterless loss layer with an identity activation is
 * appended, so a layer's own activation stays where Keras has it and the loss sees the
 * model's output as Keras' loss does. Images stay channels-last: convolution, pooling and
 * batch normalisation use DL4J's NHWC format, so the flatten order is Keras' (h, w, c).
 * Keras shapes are tracked layer by layer, so a layer that cannot follow its input is a
 * {@link UserError} naming the layer before any training.
 */
public final class NetworkBuilder {
    /** Keras' BatchNormalization defaults. */
    private static final double BN_MOMENTUM = 0.99;
    private static final double BN_EPSILON = 1e-3;

    private NetworkBuilder() {
    }

    /**
     * Builds and initialises the network.
     *
     * @param inputShape one sample's shape, Keras order ({@code [features]} or {@code [h, w, c]})
     * @param seed       DL4J's seed (weight initialisation)
     * @param dropout    false builds the inference twin: dropout layers pass values through
     */
    public static Network build(Subject subject, List<Integer> inputShape, long seed, boolean dropout) {
        Plan plan = plan(subject, inputShape, seed, dropout);
        MultiLayerNetwork model = new MultiLayerNetwork(plan.configuration);
        model.init();
        // DL4J sets biases only to a constant: draw the others into the parameters (benchmark.md §5.2, D4)
        for (int i = 0; i < subject.layers().size(); i++) {
            LayerSpec layer = subject.layers().get(i);
            if (!(layer.type().equals("dense") || layer.type().equals("conv2d")) || !layer.useBias()) continue;
            KerasInitializer bias = KerasInitializer.of(biasInitializer(layer), pointer(i, "bias_initializer"));
            if (bias.isConstant()) continue;
            INDArray b = model.getLayer(plan.map.dl4jLayer().get(i)).getParam("b");
            b.assign(bias.sample(new long[]{b.length()}).reshape(b.shape()));
        }
        if (subject.training().optimizer().equals("adagrad")) {
            // Keras' Adagrad starts its accumulators at initial_accumulator_value; DL4J's at 0
            double initial = subject.training().optimizerParameter("initial_accumulator_value", 0.1);
            INDArray state = model.getUpdater().getStateViewArray();
            if (state != null) state.assign(initial);
        }
        return new Network(model, plan.map, plan.labels, plan.activations, inputShape);
    }

    /**
     * A twin of a built network without dropout that shares its parameters (not its updater
     * state): what Keras evaluates in inference mode.
     */
    static MultiLayerNetwork twin(Subject subject, Network network) {
        Plan plan = plan(subject, network.inputShape(), 0, false);
        MultiLayerNetwork twin = new MultiLayerNetwork(plan.configuration);
        twin.init(network.model().params(), false);
        return twin;
    }

    /**
     * Checks that a subject can be built for an input shape, without initialising weights;
     * throws a {@link UserError} naming the layer otherwise.
     */
    public static void check(Subject subject, List<Integer> inputShape) {
        plan(subject, inputShape, 0, true);
    }

    private record Plan(MultiLayerConfiguration configuration, LayerMap map, LabelEncoding labels,
                        List<String> activations) {
    }

    private static Plan plan(Subject subject, List<Integer> inputShape, long seed, boolean dropout) {
        if (subject.layers().isEmpty()) throw new UserError("/layers: the model has no layers");
        IUpdater updater = KerasOptimizers.of(subject.training());
        var training = subject.training();
        if (training.batchSize() < 1) {
            throw new UserError("/training/batch_size: " + training.batchSize() + " is not a batch size (accepted: >= 1)");
        }
        if (training.epochs() < 0) {
            throw new UserError("/training/epochs: " + training.epochs() + " is not an epoch count (accepted: >= 0)");
        }
        String lossName = training.loss();
        var lossFunction = KerasLosses.of(lossName, "/training/loss");

        List<Integer> shape = new ArrayList<>(inputShape);
        InputType inputType = switch (shape.size()) {
            case 1 -> InputType.feedForward(shape.get(0));
            case 3 -> InputType.convolutional(shape.get(0), shape.get(1), shape.get(2), CNN2DFormat.NHWC);
            default -> throw new UserError("/dataset: input shape " + shape
                    + " is not supported for training (accepted: [features] or [height, width, channels])");
        };
        var list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(updater)
                .list();
        List<Integer> dl4jOf = new ArrayList<>();
        List<Integer> outputOf = new ArrayList<>();
        List<String> activations = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < subject.layers().size(); i++) {
            LayerSpec layer = subject.layers().get(i);
            String at = "/layers/" + i;
            Layer dl4j = switch (layer.type()) {
                case "dense" -> {
                    requireFlat(shape, at, "dense");
                    int units = positive(layer.units(), at + "/units");
                    shape = List.of(units);
                    yield dense(layer, i, units);
                }
                case "conv2d" -> {
                    requireImage(shape, at, "conv2d");
                    int filters = positive(layer.filters(), at + "/filters");
                    List<Integer> kernel = pair(layer.kernel(), null, at + "/kernel");
                    List<Integer> strides = pair(layer.strides(), List.of(1, 1), at + "/strides");
                    String padding = padding(layer.padding(), at);
                    shape = spatial(shape, kernel, strides, padding, filters, at);
                    yield conv(layer, i, filters, kernel, strides, padding);
                }
                case "max_pooling2d", "average_pooling2d" -> {
                    requireImage(shape, at, layer.type());
                    List<Integer> pool = pair(layer.pool(), List.of(2, 2), at + "/pool");
                    List<Integer> strides = pair(layer.strides(), pool, at + "/strides");
                    String padding = padding(layer.padding(), at);
                    shape = spatial(shape, pool, strides, padding, shape.get(2), at);
                    boolean max = layer.type().startsWith("max");
                    yield new SubsamplingLayer.Builder(max ? PoolingType.MAX : PoolingType.AVG)
                            .kernelSize(pool.get(0), pool.get(1)).stride(strides.get(0), strides.get(1))
                            .convolutionMode(mode(padding)).dataFormat(CNN2DFormat.NHWC)
                            // Keras averages over the valid cells only
                            .avgPoolIncludePadInDivisor(false)
                            .name(layer.name()).build();
                }
                case "flatten" -> {
                    shape = List.of(shape.stream().reduce(1, (a, b) -> a * b));
                    yield null;
                }
                case "dropout" -> {
                    double rate = layer.rate() == null ? -1 : layer.rate();
                    if (!(rate >= 0 && rate < 1)) {
                        throw new UserError(at + "/rate: dropout rate " + layer.rate() + " is not a fraction (accepted: 0 <= rate < 1)");
                    }
                    // Keras' rate is the fraction dropped; DL4J takes the probability of retaining
                    DropoutLayer.Builder b = new DropoutLayer.Builder();
                    if (dropout && rate > 0) b.dropOut(1 - rate);
                    yield b.name(layer.name()).build();
                }
                case "batch_normalization" -> {
                    BatchNormalization.Builder b = new BatchNormalization.Builder()
                            .decay(BN_MOMENTUM).eps(BN_EPSILON);
                    if (shape.size() == 3) b.dataFormat(CNN2DFormat.NHWC);
                    yield b.name(layer.name()).build();
                }
                case "activation" -> new ActivationLayer.Builder()
                        .activation(KerasActivations.of(layer.activation(), at + "/activation"))
                        .name(layer.name()).build();
                default -> throw new UserError(at + "/type: layer type '" + layer.type()
                        + "' is not supported for training (expected one of dense, conv2d, max_pooling2d, "
                        + "average_pooling2d, flatten, dropout, batch_normalization, activation)");
            };
            boolean activated = layer.type().equals("dense") || layer.type().equals("conv2d") || layer.type().equals("activation");
            activations.add(activated ? (layer.activation() == null ? "linear" : layer.activation()) : null);
            if (dl4j == null) {
                dl4jOf.add(-1);
                outputOf.add(next - 1);
            } else {
                list.layer(next, dl4j);
                dl4jOf.add(next);
                outputOf.add(next);
                next++;
            }
        }
        if (shape.size() != 1) {
            throw new UserError("/layers/" + (subject.layers().size() - 1) + ": the model ends in a " + shape
                    + " output; add a flatten and a dense layer (accepted: a flat output)");
        }
        int width = shape.get(0);
        LabelEncoding labels = KerasLosses.encoding(lossName, subject.isClassification(), width, outputField(subject));
        LossLayer loss = new LossLayer.Builder()
                .lossFunction(new MeteredLoss(lossFunction, labels.accuracy()))
                .activation(new ActivationIdentity()).name("loss").build();
        // a parameterless layer passes its width through; saying so spares DL4J's "size of zero" warning
        loss.setNIn(width);
        loss.setNOut(width);
        list.layer(next, loss);
        list.setInputType(inputType);
        MultiLayerConfiguration conf;
        try {
            conf = list.build();
        } catch (RuntimeException e) {
            throw new UserError("/layers: DL4J cannot build this model: " + e.getMessage(), e);
        }
        return new Plan(conf, new LayerMap(dl4jOf, outputOf, next), labels, activations);
    }

    /** The field that sets the output width: the last dense layer's units, or the layers at large. */
    private static String outputField(Subject subject) {
        for (int i = subject.layers().size() - 1; i >= 0; i--) {
            String type = subject.layers().get(i).type();
            if (type.equals("dense")) return pointer(i, "units");
            if (!type.equals("dropout") && !type.equals("activation") && !type.equals("batch_normalization")) break;
        }
        return "/layers/" + (subject.layers().size() - 1);
    }

    private static Layer dense(LayerSpec layer, int i, int units) {
        DenseLayer.Builder b = new DenseLayer.Builder().nOut(units)
                .activation(KerasActivations.of(layer.activation(), pointer(i, "activation")))
                .weightInit(KerasInitializer.of(kernelInitializer(layer), pointer(i, "kernel_initializer")))
                .hasBias(layer.useBias());
        biasAndRegularizer(b, layer, i);
        return b.name(layer.name()).build();
    }

    private static Layer conv(LayerSpec layer, int i, int filters, List<Integer> kernel, List<Integer> strides, String padding) {
        ConvolutionLayer.Builder b = new ConvolutionLayer.Builder(kernel.get(0), kernel.get(1))
                .stride(strides.get(0), strides.get(1)).nOut(filters)
                .convolutionMode(mode(padding)).dataFormat(CNN2DFormat.NHWC)
                .activation(KerasActivations.of(layer.activation(), pointer(i, "activation")))
                .weightInit(KerasInitializer.of(kernelInitializer(layer), pointer(i, "kernel_initializer")))
                .hasBias(layer.useBias());
        biasAndRegularizer(b, layer, i);
        return b.name(layer.name()).build();
    }

    private static void biasAndRegularizer(org.deeplearning4j.nn.conf.layers.BaseLayer.Builder<?> b, LayerSpec layer, int i) {
        KerasInitializer bias = KerasInitializer.of(biasInitializer(layer), pointer(i, "bias_initializer"));
        if (bias.isConstant()) b.biasInit(bias.constant());
        Regularizer r = layer.kernelRegularizer();
        if (r != null && r.isActive()) {
            // Keras adds l1·Σ|w| + l2·Σw²; DL4J's L2 score is 0.5·l2·Σw², so its factor is twice Keras'
            if (r.l1() > 0) b.l1(r.l1());
            if (r.l2() > 0) b.l2(2 * r.l2());
        }
    }

    private static Initializer kernelInitializer(LayerSpec layer) {
        return layer.kernelInitializer() != null ? layer.kernelInitializer() : Initializer.named("glorot_uniform");
    }

    private static Initializer biasInitializer(LayerSpec layer) {
        return layer.biasInitializer() != null ? layer.biasInitializer() : Initializer.named("zeros");
    }

    private static String pointer(int i, String field) {
        return "/layers/" + i + "/" + field;
    }

    private static ConvolutionMode mode(String padding) {
        // Keras 'valid' floors the output size (DL4J Truncate); 'same' pads bottom/right first, as DL4J Same
        return padding.equals("same") ? ConvolutionMode.Same : ConvolutionMode.Truncate;
    }

    private static String padding(String padding, String at) {
        String p = padding == null ? "valid" : padding;
        if (!p.equals("valid") && !p.equals("same")) {
            throw new UserError(at + "/padding: padding '" + padding + "' is not supported (expected one of valid, same)");
        }
        return p;
    }

    private static List<Integer> spatial(List<Integer> in, List<Integer> window, List<Integer> strides, String padding,
                                         int channels, String at) {
        int[] out = new int[2];
        for (int d = 0; d < 2; d++) {
            int n = in.get(d);
            out[d] = padding.equals("same") ? (n + strides.get(d) - 1) / strides.get(d)
                    : Math.floorDiv(n - window.get(d), strides.get(d)) + 1;
            if (out[d] < 1) {
                throw new UserError(at + ": window " + window + " does not fit the " + in.get(0) + "x" + in.get(1)
                        + " input with padding 'valid' (the output would be empty)");
            }
        }
        return List.of(out[0], out[1], channels);
    }

    private static void requireFlat(List<Integer> shape, String at, String type) {
        if (shape.size() != 1) {
            throw new UserError(at + ": " + type + " on a " + shape + " input needs a flatten layer before it");
        }
    }

    private static void requireImage(List<Integer> shape, String at, String type) {
        if (shape.size() != 3) {
            throw new UserError(at + ": " + type + " needs an image input [height, width, channels], found " + shape);
        }
    }

    private static int positive(Integer value, String at) {
        if (value == null || value < 1) throw new UserError(at + ": " + value + " is not a size (accepted: an integer >= 1)");
        return value;
    }

    private static List<Integer> pair(List<Integer> value, List<Integer> fallback, String at) {
        List<Integer> v = value == null || value.isEmpty() ? fallback : value;
        if (v == null) throw new UserError(at + ": missing (accepted: [rows, columns])");
        if (v.size() == 1) v = List.of(v.get(0), v.get(0));
        if (v.size() != 2 || v.get(0) < 1 || v.get(1) < 1) {
            throw new UserError(at + ": " + v + " is not a size pair (accepted: [rows, columns] of integers >= 1)");
        }
        return v;
    }
}

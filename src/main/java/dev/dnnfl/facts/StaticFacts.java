package dev.dnnfl.facts;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetStats;
import dev.dnnfl.spec.LayerSpec;
import dev.dnnfl.spec.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the rule packs know about a subject before training: one {@link ModelFact}, one
 * {@link LayerFact} per layer in Keras order, and one {@link DataFact} per data split (none when
 * the data was not read).
 */
public record StaticFacts(ModelFact model, List<LayerFact> layers, List<DataFact> data) {
    public StaticFacts {
        Objects.requireNonNull(model, "model");
        layers = List.copyOf(layers);
        data = List.copyOf(data);
    }

    /** The static facts of a subject whose samples have the given shape (channels last, no batch). */
    public static StaticFacts of(Subject subject, List<Integer> inputShape) {
        return of(subject, inputShape, List.of());
    }

    /** The static facts of a subject and its loaded data: the data's input shape and split statistics. */
    public static StaticFacts of(Subject subject, Dataset dataset) {
        return of(subject, dataset.inputShape(), DataFact.from(DatasetStats.of(dataset)));
    }

    /**
     * The static facts of a subject whose samples have the given shape (channels last, no batch
     * dimension), with statistics of its data splits.
     */
    public static StaticFacts of(Subject subject, List<Integer> inputShape, List<DataFact> data) {
        List<LayerFact> layers = new ArrayList<>();
        List<Integer> shape = List.copyOf(inputShape);
        int n = subject.layers().size();
        int conv = 0;
        int pool = 0;
        for (LayerSpec l : subject.layers()) {
            List<Integer> out = LayerShapes.output(l, shape);
            layers.add(layerFact(l, shape, out, l.index() == 0, l.index() == n - 1));
            if (l.type().equals("conv2d")) conv++;
            if (l.type().endsWith("pooling2d")) pool++;
            shape = out;
        }
        var t = subject.training();
        int outputWidth = layers.isEmpty() ? 0 : layers.get(n - 1).outputWidth();
        ModelFact model = new ModelFact(subject.id(), subject.task(), t.loss(), t.optimizer(), t.learningRate(),
                t.batchSize(), t.epochs(), t.optimizerParameters(), n, inputShape, outputWidth, conv, pool);
        return new StaticFacts(model, layers, data);
    }

    private static LayerFact layerFact(LayerSpec l, List<Integer> in, List<Integer> out, boolean first, boolean last) {
        boolean hasWeights = l.type().equals("dense") || l.type().equals("conv2d");
        String activation = l.activation();
        if (activation == null && hasWeights) activation = "linear";
        return new LayerFact(l.index(), l.name(), l.type(),
                l.units() == null ? 0 : l.units(), l.filters() == null ? 0 : l.filters(),
                l.kernel(), l.strides(), l.padding(), l.pool(), activation, hasWeights && l.useBias(),
                hasWeights ? l.kernelInitializer() : null,
                hasWeights && l.useBias() ? l.biasInitializer() : null,
                l.kernelRegularizer() != null && l.kernelRegularizer().isActive() ? l.kernelRegularizer() : null,
                l.rate() == null || !l.type().equals("dropout") ? 0.0 : l.rate(),
                in, out, l.isWeighted(), first, last);
    }

    /** Every fact, model first, then layers in Keras order, then data splits: what a session inserts. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.add(model);
        all.addAll(layers);
        all.addAll(data);
        return all;
    }
}

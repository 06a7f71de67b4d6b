package dev.dnnfl.rules;

import dev.dnnfl.facts.LayerFact;
import dev.dnnfl.spec.Initializer;
import dev.dnnfl.spec.LayerSpec;
import dev.dnnfl.spec.Regularizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A readable test builder of one layer, in Keras' vocabulary with Keras' defaults:
 * {@code dense(10).activation("relu")}, {@code conv2d(32, 3).padding("same")}. Added to a
 * {@link NetworkBuilder} it becomes a {@link LayerSpec}; alone ({@code layer(3).dense(10)}) it is
 * a {@link LayerFact} with the shapes given by {@link #shapes}.
 */
final class LayerBuilder implements FactSource {
    int index = -1;
    private String type = "dense";
    private Integer units;
    private Integer filters;
    private List<Integer> kernel = List.of();
    private List<Integer> strides = List.of();
    private String padding = "valid";
    private List<Integer> pool = List.of();
    Double rate;
    String activation;
    private boolean useBias = true;
    private Initializer kernelInit = Initializer.named("glorot_uniform");
    private Initializer biasInit = Initializer.named("zeros");
    private Regularizer regularizer;
    private List<Integer> in = List.of(8);
    private List<Integer> out = List.of(8);
    private boolean first;
    private boolean last;

    LayerBuilder dense(int width) {
        return asDense(width);
    }

    LayerBuilder conv2d(int count, int size) {
        return asConv2d(count, size);
    }

    LayerBuilder asDense(int width) {
        type = "dense";
        units = width;
        activation = "linear";
        return this;
    }

    LayerBuilder asConv2d(int count, int size) {
        type = "conv2d";
        filters = count;
        kernel = List.of(size, size);
        activation = "linear";
        return this;
    }

    LayerBuilder asPool(String poolType, int size) {
        type = poolType;
        pool = List.of(size, size);
        return this;
    }

    LayerBuilder kind(String t) {
        type = t;
        activation = null;
        return this;
    }

    LayerBuilder activation(String name) {
        activation = name;
        return this;
    }

    LayerBuilder kernel(int h, int w) {
        kernel = List.of(h, w);
        return this;
    }

    LayerBuilder strides(int s) {
        strides = List.of(s, s);
        return this;
    }

    LayerBuilder padding(String p) {
        padding = p;
        return this;
    }

    LayerBuilder kernelInit(String name) {
        kernelInit = Initializer.named(name);
        return this;
    }

    LayerBuilder kernelInit(String name, Map<String, Double> parameters) {
        kernelInit = new Initializer(name, parameters);
        return this;
    }

    LayerBuilder biasInit(String name) {
        biasInit = Initializer.named(name);
        return this;
    }

    LayerBuilder biasInit(String name, Map<String, Double> parameters) {
        biasInit = new Initializer(name, parameters);
        return this;
    }

    LayerBuilder noBias() {
        useBias = false;
        return this;
    }

    LayerBuilder regularizer(double l1, double l2) {
        regularizer = new Regularizer(l1, l2);
        return this;
    }

    /** Input and output shapes of a stand-alone layer fact (channels last, no batch). */
    LayerBuilder shapes(List<Integer> input, List<Integer> output) {
        in = input;
        out = output;
        return this;
    }

    LayerBuilder first() {
        first = true;
        return this;
    }

    LayerBuilder last() {
        last = true;
        return this;
    }

    String type() {
        return type;
    }

    /** The layer as a subject's layer at a Keras index with a Keras name. */
    LayerSpec spec(int at, String name) {
        return new LayerSpec(at, name, type, units, filters, kernel, strides, padding, pool, rate, activation,
                useBias, weighted() ? kernelInit : null, weighted() ? biasInit : null, regularizer);
    }

    private boolean weighted() {
        return type.equals("dense") || type.equals("conv2d");
    }

    /** The stand-alone layer fact. */
    LayerFact fact() {
        if (index < 0) throw new IllegalStateException("a stand-alone layer needs layer(index)");
        boolean w = weighted();
        return new LayerFact(index, type + "_" + index, type, units == null ? 0 : units,
                filters == null ? 0 : filters, kernel, strides, padding, pool, activation, w && useBias,
                w ? kernelInit : null, w && useBias ? biasInit : null,
                regularizer != null && regularizer.isActive() ? regularizer : null,
                rate == null ? 0 : rate, new ArrayList<>(in), new ArrayList<>(out),
                w || type.equals("batch_normalization"), first, last);
    }

    @Override
    public List<Object> facts() {
        return List.of(fact());
    }
}

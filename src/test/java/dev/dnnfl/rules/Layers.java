package dev.dnnfl.rules;

/**
 * Static factories of the layer test builders, to import statically:
 * {@code layer(3).dense(10).activation("relu")} (a stand-alone fact) or {@code dense(10)} (a layer
 * of a {@link NetworkBuilder}).
 */
final class Layers {
    private Layers() {
    }

    /** A stand-alone layer fact at a Keras index. */
    static LayerBuilder layer(int index) {
        LayerBuilder b = new LayerBuilder();
        b.index = index;
        return b;
    }

    static LayerBuilder dense(int units) {
        return new LayerBuilder().asDense(units);
    }

    static LayerBuilder conv2d(int filters, int kernel) {
        return new LayerBuilder().asConv2d(filters, kernel);
    }

    static LayerBuilder maxPool(int size) {
        return new LayerBuilder().asPool("max_pooling2d", size);
    }

    static LayerBuilder avgPool(int size) {
        return new LayerBuilder().asPool("average_pooling2d", size);
    }

    static LayerBuilder flatten() {
        return new LayerBuilder().kind("flatten");
    }

    static LayerBuilder dropout(double rate) {
        LayerBuilder b = new LayerBuilder().kind("dropout");
        b.rate = rate;
        return b;
    }

    static LayerBuilder batchNorm() {
        return new LayerBuilder().kind("batch_normalization");
    }

    static LayerBuilder activationLayer(String name) {
        LayerBuilder b = new LayerBuilder().kind("activation");
        b.activation = name;
        return b;
    }

}

package dev.dnnfl.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A subject's model built in DL4J: the initialised network, the Keras ↔ DL4J layer map, how
 * labels are encoded, and each Keras layer's activation name (null when it has none; used to
 * judge saturation). The network is mutable (it trains); the rest is fixed.
 */
public record Network(MultiLayerNetwork model, LayerMap layers, LabelEncoding labels, List<String> activations,
                      List<Integer> inputShape) {
    public Network {
        activations = Collections.unmodifiableList(new ArrayList<>(activations));
        inputShape = List.copyOf(inputShape);
    }

    /** The loss wrapper that meters batch accuracy. */
    MeteredLoss meteredLoss() {
        var loss = (org.deeplearning4j.nn.conf.layers.LossLayer) model.getLayer(layers.lossLayer()).conf().getLayer();
        return (MeteredLoss) loss.getLossFn();
    }
}

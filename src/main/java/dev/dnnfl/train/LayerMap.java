package dev.dnnfl.train;

import java.util.List;

/**
 * Which DL4J layer stands for each Keras layer of a subject. Keras numbers every layer
 * ({@code flatten} and {@code dropout} too); in DL4J a flatten is a preprocessor, not a layer,
 * and the network ends in an extra loss layer. {@code dl4jLayer.get(i)} is the DL4J layer of Keras
 * layer i, or −1 when it has none (flatten); {@code outputOf.get(i)} is the DL4J layer whose
 * output is Keras layer i's output (for a flatten, the layer before it; −1 is the network input);
 * {@code lossLayer} is the DL4J index of the appended loss layer.
 */
public record LayerMap(List<Integer> dl4jLayer, List<Integer> outputOf, int lossLayer) {
    public LayerMap {
        dl4jLayer = List.copyOf(dl4jLayer);
        outputOf = List.copyOf(outputOf);
        if (dl4jLayer.size() != outputOf.size()) {
            throw new IllegalArgumentException("layer lists differ in length: " + dl4jLayer.size() + " vs " + outputOf.size());
        }
    }

    /** The number of Keras layers. */
    public int size() {
        return dl4jLayer.size();
    }

    /** The Keras index of a DL4J layer, or −1 for the loss layer. */
    public int kerasIndexOf(int dl4jIndex) {
        int i = dl4jLayer.indexOf(dl4jIndex);
        if (i < 0 && dl4jIndex != lossLayer) throw new IllegalArgumentException("no DL4J layer " + dl4jIndex);
        return i;
    }
}

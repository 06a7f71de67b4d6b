package dev.dnnfl.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small subjects for the spec tests, as JSON trees a test can edit before reading them. */
final class TestSubjects {
    private TestSubjects() {
    }

    /** A valid MLP: dense 8 relu, dropout 0.2, dense 3 softmax; Adam, categorical crossentropy. */
    static final String MLP = """
            {
              "id": "mlp",
              "task": "classification",
              "dataset": { "source": "synthetic:blobs", "train": 300, "test": 100, "classes": 3, "features": 4 },
              "layers": [
                { "type": "dense", "units": 8, "activation": "relu" },
                { "type": "dropout", "rate": 0.2 },
                { "type": "dense", "units": 3, "activation": "softmax" }
              ],
              "training": { "optimizer": "adam", "loss": "categorical_crossentropy", "batch_size": 16, "epochs": 3 }
            }
            """;

    /** A valid CNN on declared 12x12x1 images: conv 4 3x3 relu, max pool, flatten, dense 10 softmax. */
    static final String CNN = """
            {
              "id": "cnn",
              "task": "classification",
              "dataset": { "source": "synthetic:textures", "train": 200, "test": 50, "shape": [12, 12, 1] },
              "layers": [
                { "type": "conv2d", "filters": 4, "kernel": [3, 3], "activation": "relu" },
                { "type": "max_pooling2d" },
                { "type": "flatten" },
                { "type": "dense", "units": 10, "activation": "softmax" }
              ],
              "training": { "optimizer": "sgd", "loss": "categorical_crossentropy" }
            }
            """;

    static ObjectNode json(String text) {
        return (ObjectNode) SubjectReader.parseJson(text, "test");
    }

    static Subject read(String text) {
        return SubjectReader.parse(text, "test.json", null);
    }

    static Subject read(ObjectNode json) {
        return SubjectReader.fromJson(json, "test.json", null);
    }
}

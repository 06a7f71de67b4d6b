package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples read from a pair of IDX files: images (or any per-sample array) and labels. A 3-D
 * image file {@code [n, h, w]} gains a channel axis, {@code [n, h, w, 1]}, as Keras' channels-last
 * convolutions expect; labels must be one per sample ({@code [n]} or {@code [n, 1]}).
 */
record IdxSource(IdxFile images, IdxFile labels) {

    /** The pair, checked: the same number of samples, labels one per sample. */
    static IdxSource open(Path imagesPath, Path labelsPath) {
        IdxFile images = IdxFile.open(imagesPath);
        IdxFile labels = IdxFile.open(labelsPath);
        if (labels.dims().length > 2 || (labels.dims().length == 2 && labels.dims()[1] != 1)) {
            throw new UserError(labelsPath + ": labels must have shape [n] or [n, 1], found "
                    + java.util.Arrays.toString(labels.dims()));
        }
        if (labels.samples() != images.samples()) {
            throw new UserError(labelsPath + ": " + labels.samples() + " labels, but " + imagesPath + " has "
                    + images.samples() + " samples");
        }
        return new IdxSource(images, labels);
    }

    /** The number of samples in the files. */
    int samples() {
        return images.samples();
    }

    /** The samples at {@code indices} (in that order), labels checked against {@code task}. */
    Samples read(int[] indices, String task) {
        float[] allLabels = labels.readAll();
        int classes = Samples.classesOf(allLabels, task, labels.path().toString());
        float[] x = images.read(SampleSelection.slots(images.samples(), indices), indices.length);
        float[] y = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            y[i] = allLabels[indices[i]];
        }
        List<Integer> shape = new ArrayList<>(images.sampleShape());
        if (shape.size() == 2) {
            shape.add(1);
        }
        if (shape.isEmpty()) {
            shape.add(1);
        }
        return new Samples(x, y, shape, classes, images.unsignedBytes());
    }
}

package dev.dnnfl.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Small colour images of stripes, the CIFAR-10 stand-in. Class {@code c} has colour
 * {@code c mod 6} (red, green, blue, yellow, cyan, magenta: the channels that carry the stripes)
 * and stripe orientation {@code c div 6} (horizontal, vertical, diagonal, anti-diagonal), so at
 * most 24 classes. Each image draws its stripe period from [3, 6) pixels and its phase at random,
 * then adds Gaussian noise of standard deviation {@code noise × 255}. Pixels are whole numbers in
 * [0, 255], as 8-bit images are, so {@code scale_0_1} divides them by 255. The default shape is
 * {@code [16, 16, 3]}.
 */
record TexturesGenerator(int classes, int height, int width, double noise) implements SyntheticGenerator {

    static final int COLOURS = 6;
    static final int ORIENTATIONS = 4;
    private static final boolean[][] CHANNELS = {
        {true, false, false}, {false, true, false}, {false, false, true},
        {true, true, false}, {false, true, true}, {true, false, true},
    };

    static TexturesGenerator of(SyntheticParameters p) {
        int classes = p.count("classes", 10, 2, COLOURS * ORIENTATIONS);
        List<Integer> shape = p.shape(List.of(16, 16, 3));
        if (shape.size() != 3 || shape.get(2) != 3 || shape.get(0) < 4 || shape.get(1) < 4) {
            throw p.bad("shape", "textures are colour images [height, width, 3] with height and width >= 4, found "
                    + shape);
        }
        return new TexturesGenerator(classes, shape.get(0), shape.get(1), p.real("noise", 0.1, 0, 10));
    }

    @Override
    public Samples generate(int n, SplittableRandom random) {
        int w = height * width * 3;
        float[] x = new float[n * w];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            boolean[] lit = CHANNELS[c % COLOURS];
            int orientation = c / COLOURS;
            double period = random.nextDouble(3, 6);
            double phase = random.nextDouble(2 * Math.PI);
            for (int r = 0; r < height; r++) {
                for (int col = 0; col < width; col++) {
                    int coordinate = switch (orientation) {
                        case 0 -> r;
                        case 1 -> col;
                        case 2 -> r + col;
                        default -> r - col;
                    };
                    double stripe = Math.sin(2 * Math.PI * coordinate / period + phase) > 0 ? 1 : 0;
                    for (int ch = 0; ch < 3; ch++) {
                        double base = lit[ch] ? 60 + 160 * stripe : 30 + 30 * stripe;
                        double v = Math.rint(base + noise * 255 * random.nextGaussian());
                        x[i * w + (r * width + col) * 3 + ch] = (float) Math.max(0, Math.min(255, v));
                    }
                }
            }
            y[i] = c;
        }
        return new Samples(x, y, List.of(height, width, 3), classes, true);
    }
}

package dev.dnnfl.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Bag-of-words documents, the Reuters newswire stand-in. The vocabulary has {@code features}
 * words; each of the {@code classes} topics owns {@code keywords} words drawn at random. A
 * document of topic {@code k} picks {@code words} words: each one, with probability
 * {@code noise}, uniformly from the whole vocabulary (common words), otherwise uniformly from its
 * topic's keywords. Inputs are word presence (0/1), or word counts with {@code counts = 1}.
 *
 * <p>With {@code imbalance = 0} topics cycle sample by sample (balanced); with
 * {@code imbalance = s > 0} each document's topic is drawn from a Zipf prior
 * {@code p(k) ∝ (k + 1)^-s}, so topic 0 is the most frequent (s ≈ 1.3 with 46 topics gives about
 * 35 % and 14 % to the first two, close to Reuters' skew).
 */
record TopicsGenerator(int classes, int features, int words, int keywords, double noise, double imbalance,
                       boolean counts) implements SyntheticGenerator {

    static TopicsGenerator of(SyntheticParameters p) {
        int features = p.count("features", 1000, 2, 1_000_000);
        return new TopicsGenerator(p.count("classes", 10, 2, 10_000), features, p.count("words", 25, 1, 100_000),
                p.count("keywords", Math.min(15, features), 1, features), p.real("noise", 0.4, 0, 1),
                p.real("imbalance", 0, 0, 10), p.count("counts", 0, 0, 1) == 1);
    }

    @Override
    public Samples generate(int n, SplittableRandom random) {
        int[][] topicWords = new int[classes][];
        int[] vocabulary = new int[features];
        for (int k = 0; k < classes; k++) {
            for (int w = 0; w < features; w++) {
                vocabulary[w] = w;
            }
            // A partial Fisher-Yates shuffle draws the topic's keywords without repetition.
            topicWords[k] = new int[keywords];
            for (int j = 0; j < keywords; j++) {
                int pick = j + random.nextInt(features - j);
                int word = vocabulary[pick];
                vocabulary[pick] = vocabulary[j];
                vocabulary[j] = word;
                topicWords[k][j] = word;
            }
        }
        double[] cumulative = prior();
        float[] x = new float[n * features];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int k = imbalance == 0 ? i % classes : draw(cumulative, random.nextDouble());
            for (int j = 0; j < words; j++) {
                int word = random.nextDouble() < noise ? random.nextInt(features)
                        : topicWords[k][random.nextInt(keywords)];
                int at = i * features + word;
                x[at] = counts ? x[at] + 1 : 1;
            }
            y[i] = k;
        }
        return new Samples(x, y, List.of(features), classes, false);
    }

    private double[] prior() {
        double[] cumulative = new double[classes];
        double total = 0;
        for (int k = 0; k < classes; k++) {
            total += Math.pow(k + 1, -imbalance);
            cumulative[k] = total;
        }
        for (int k = 0; k < classes; k++) {
            cumulative[k] /= total;
        }
        return cumulative;
    }

    private static int draw(double[] cumulative, double u) {
        for (int k = 0; k < cumulative.length - 1; k++) {
            if (u < cumulative[k]) {
                return k;
            }
        }
        return cumulative.length - 1;
    }
}

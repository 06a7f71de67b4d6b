package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which samples of a pool become training and which test samples, as indices into the pool in
 * the order they will have. With {@code shuffle}, the pool is put in a seeded random order
 * first; without it, file order is kept: the first {@code train} samples train, the next
 * {@code test} ones test.
 */
record SampleSelection(int[] train, int[] test) {

    /**
     * The selection of {@code train} and {@code test} samples from a pool of {@code pool}.
     *
     * @param origin what the pool is, for the error when it is too small (a file, a source)
     */
    static SampleSelection choose(int pool, int train, int test, boolean shuffle, SplittableRandom random,
                                  String origin) {
        if ((long) train + test > pool) {
            // Fashion-MNIST draws train and test from separate files: name only the count that is too large.
            if (test == 0) {
                throw UserError.atField(null, "/dataset/train", train + " training samples asked, but " + origin
                        + " has only " + pool);
            }
            if (train == 0) {
                throw UserError.atField(null, "/dataset/test", test + " test samples asked, but " + origin
                        + " has only " + pool);
            }
            throw UserError.atField(null, "/dataset/train", "train + test = " + train + " + " + test + " = "
                    + ((long) train + test) + " samples, but " + origin + " has only " + pool);
        }
        int[] order = new int[pool];
        Arrays.setAll(order, i -> i);
        if (shuffle) {
            for (int i = pool - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return new SampleSelection(Arrays.copyOfRange(order, 0, train), Arrays.copyOfRange(order, train, train + test));
    }

    /** For each pool index, its position among the selected training samples, or -1. */
    static int[] slots(int pool, int[] indices) {
        int[] slot = new int[pool];
        Arrays.fill(slot, -1);
        for (int i = 0; i < indices.length; i++) {
            slot[indices[i]] = i;
        }
        return slot;
    }
}

package dev.dnnfl.data;

/**
 * The training, validation and test samples of a dataset while it is being preprocessed; each
 * step replaces the samples it changes.
 */
record SplitSamples(Samples train, Samples validation, Samples test) {

    /** The samples of a split by its name ({@code train}, {@code validation}, {@code test}). */
    Samples split(String name) {
        return switch (name) {
            case "train" -> train;
            case "validation" -> validation;
            case "test" -> test;
            default -> throw new IllegalArgumentException("unknown split " + name);
        };
    }

    /** These splits with the one named replaced. */
    SplitSamples with(String name, Samples samples) {
        return switch (name) {
            case "train" -> new SplitSamples(samples, validation, test);
            case "validation" -> new SplitSamples(train, samples, test);
            case "test" -> new SplitSamples(train, validation, samples);
            default -> throw new IllegalArgumentException("unknown split " + name);
        };
    }

    /**
     * The training samples and the validation ones held out of them, as Keras'
     * {@code validation_split} does: the last {@code fraction} of the training samples in their
     * order (before any per-epoch shuffling); {@code int(n * (1 - fraction))} samples stay for
     * training.
     */
    static SplitSamples holdOut(Samples train, double fraction, Samples test) {
        int n = train.size();
        int splitAt = (int) (n * (1.0 - fraction));
        int[] kept = new int[splitAt];
        int[] held = new int[n - splitAt];
        for (int i = 0; i < n; i++) {
            if (i < splitAt) {
                kept[i] = i;
            } else {
                held[i - splitAt] = i;
            }
        }
        return new SplitSamples(train.select(kept), train.select(held), test);
    }
}

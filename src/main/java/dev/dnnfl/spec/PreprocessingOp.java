package dev.dnnfl.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A preprocessing operation a subject's dataset may name in {@code preprocessing}, by its JSON
 * spelling. The catalogue lives in {@code spec} (not {@code data}, which applies the steps) so the
 * subject validator and the data stage check steps against one list: {@link #NAMES}.
 *
 * <p>Statistics-based operations (min-max, standardisation, centring) are fitted on the training
 * split as it is when the step runs and applied to the targeted splits, as a Keras program that
 * fits a scaler on {@code x_train} does.
 */
public enum PreprocessingOp {
    /** Inputs into [0, 1]: divided by 255 for 8-bit pixel sources, otherwise min-max scaled. */
    SCALE_0_1("scale_0_1", false, true),
    /** Division by 255 whatever the source ({@code x / 255.0}). */
    DIVIDE_255("divide_255", false, true),
    /** Min-max scaling per feature into [0, 1] with the training split's minimum and maximum. */
    MINMAX("minmax", false, true),
    /** Per-feature z-score with the training split's mean and standard deviation. */
    STANDARDIZE("standardize", false, true),
    /** Per-feature subtraction of the training split's mean. */
    CENTER("center", false, true),
    /** Each sample divided by its L2 norm (over all its values). */
    NORMALIZE("normalize", false, false),
    /** Each sample reshaped into one vector ({@code [n, h*w*c]}). */
    FLATTEN("flatten", false, false),
    /** Every non-zero value set to 1 (bag-of-words counts to presence). */
    BINARIZE("binarize", false, false),
    /** Multiplication by {@code factor}. */
    SCALE("scale", true, true),
    /** Addition of {@code factor}. */
    SHIFT("shift", true, true),
    /** Rounding toward zero, as {@code astype(int)} does. */
    TRUNCATE("truncate", false, true),
    /**
     * Marks labels as one-hot encoded; labels stay class ids in the dataset and the trainer
     * one-hot encodes them when the loss needs it, so this step changes no value.
     */
    ONE_HOT("one_hot", false, true);

    /** Every operation's JSON spelling, in declaration order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(PreprocessingOp::spelling).toList();

    /** The parts a step may target: inputs or labels. */
    public static final List<String> TARGETS = List.of("x", "y");

    /** The splits a step may target. */
    public static final List<String> SPLITS = List.of("all", "train", "validation", "test");

    private static final Set<PreprocessingOp> NEEDS_FACTOR = Set.of(SCALE, SHIFT);

    private final String spelling;
    private final boolean takesFactor;
    private final boolean appliesToLabels;

    PreprocessingOp(String spelling, boolean takesFactor, boolean appliesToLabels) {
        this.spelling = spelling;
        this.takesFactor = takesFactor;
        this.appliesToLabels = appliesToLabels;
    }

    /** The operation's name in subject JSON. */
    public String spelling() {
        return spelling;
    }

    /** Whether the step needs a {@code factor}. */
    public boolean takesFactor() {
        return takesFactor;
    }

    /** Whether the step may target the labels ({@code "target": "y"}). */
    public boolean appliesToLabels() {
        return appliesToLabels;
    }

    /** The operation spelled {@code name}, if any. */
    public static Optional<PreprocessingOp> named(String name) {
        return Arrays.stream(values()).filter(op -> op.spelling.equals(name)).findFirst();
    }

    /**
     * The operation of the step at {@code index} of {@code /dataset/preprocessing}, after checking
     * the step's op, factor, target and split.
     *
     * @throws UserError naming the step's JSON pointer, the bad value and the accepted ones
     */
    public static PreprocessingOp check(PreprocessingStep step, int index) {
        String at = "/dataset/preprocessing/" + index;
        PreprocessingOp op = named(step.op()).orElseThrow(() -> UserError.atField(null, at + "/op",
                "unknown preprocessing step '" + step.op() + "' (expected one of: "
                        + String.join(", ", NAMES) + ")"));
        if (!TARGETS.contains(step.target())) {
            throw UserError.atField(null, at + "/target", "unknown target '" + step.target()
                    + "' (expected one of: x, y)");
        }
        if (!SPLITS.contains(step.split())) {
            throw UserError.atField(null, at + "/split", "unknown split '" + step.split()
                    + "' (expected one of: " + String.join(", ", SPLITS) + ")");
        }
        if (NEEDS_FACTOR.contains(op) && step.factor() == null) {
            throw UserError.atField(null, at + "/factor", "'" + op.spelling + "' needs a factor");
        }
        if (step.factor() != null && !Double.isFinite(step.factor())) {
            throw UserError.atField(null, at + "/factor", "must be a finite number, found " + step.factor());
        }
        if (!op.takesFactor && step.factor() != null) {
            throw UserError.atField(null, at + "/factor", "'" + op.spelling + "' takes no factor, found "
                    + step.factor());
        }
        if (step.target().equals("y") && !op.appliesToLabels) {
            throw UserError.atField(null, at + "/target", "'" + op.spelling
                    + "' applies only to inputs (x), found y");
        }
        return op;
    }
}

package dev.dnnfl.data;

import dev.dnnfl.spec.PreprocessingOp;
import dev.dnnfl.spec.PreprocessingStep;

import java.util.List;

/**
 * The preprocessing steps of a dataset, checked, and their application in order. A step with
 * split {@code all} changes every split; otherwise only the named one. Statistics-based steps
 * ({@code minmax}, {@code standardize}, {@code center}, and {@code scale_0_1} on data that are not
 * 8-bit pixels) use per-feature statistics of the training samples as they are when the step
 * runs, validation samples included, because a Keras program fits them on {@code x_train} before
 * {@code fit} holds the validation split out. Non-finite values are left out of the statistics
 * and stay as they are. On labels given as target rows ({@code [n, k]}), statistics are per
 * column and {@code normalize} works row by row, as on inputs.
 */
record Preprocessing(List<PreprocessingStep> steps, List<PreprocessingOp> ops) {

    /**
     * The steps of a dataset, each checked.
     *
     * @throws dev.dnnfl.spec.UserError naming the step's JSON pointer
     */
    static Preprocessing of(List<PreprocessingStep> steps) {
        List<PreprocessingOp> ops = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ops.add(PreprocessingOp.check(steps.get(i), i));
        }
        return new Preprocessing(List.copyOf(steps), List.copyOf(ops));
    }

    /** The splits after every step. */
    SplitSamples apply(SplitSamples splits) {
        SplitSamples current = splits;
        for (int i = 0; i < steps.size(); i++) {
            current = apply(ops.get(i), steps.get(i), current);
        }
        return current;
    }

    private static SplitSamples apply(PreprocessingOp op, PreprocessingStep step, SplitSamples splits) {
        boolean labels = step.target().equals("y");
        Columns fitted = labels
                ? Columns.of(splits.train().labels(), splits.validation().labels(), splits.train().labelWidth())
                : Columns.of(splits.train().inputs(), splits.validation().inputs(), splits.train().width());
        SplitSamples out = splits;
        for (String name : step.split().equals("all") ? List.of("train", "validation", "test") : List.of(step.split())) {
            Samples s = out.split(name);
            Samples changed;
            if (op == PreprocessingOp.FLATTEN) {
                changed = s.reshaped(List.of(s.width()));
            } else if (labels) {
                changed = s.withLabels(transform(op, step, s.labels(), s.labelWidth(), fitted, false), s.classes());
            } else {
                changed = s.withInputs(transform(op, step, s.inputs(), s.width(), fitted, s.pixels()));
            }
            out = out.with(name, changed);
        }
        return out;
    }

    private static float[] transform(PreprocessingOp op, PreprocessingStep step, float[] values, int width,
                                     Columns fitted, boolean pixels) {
        float[] out = values.clone();
        double factor = step.factor() == null ? 0 : step.factor();
        switch (op) {
            case SCALE_0_1 -> {
                if (pixels) {
                    divide(out, 255);
                } else {
                    minMax(out, width, fitted);
                }
            }
            case DIVIDE_255 -> divide(out, 255);
            case MINMAX -> minMax(out, width, fitted);
            case STANDARDIZE -> {
                for (int i = 0; i < out.length; i++) {
                    int c = i % width;
                    out[i] = (float) ((out[i] - fitted.mean[c]) / fitted.std[c]);
                }
            }
            case CENTER -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) (out[i] - fitted.mean[i % width]);
                }
            }
            case NORMALIZE -> {
                for (int start = 0; start < out.length; start += width) {
                    double sum = 0;
                    for (int j = start; j < start + width; j++) {
                        sum += Float.isFinite(out[j]) ? (double) out[j] * out[j] : 0;
                    }
                    double norm = Math.sqrt(sum);
                    if (norm > 0) {
                        for (int j = start; j < start + width; j++) {
                            out[j] = (float) (out[j] / norm);
                        }
                    }
                }
            }
            case BINARIZE -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = out[i] == 0 || Float.isNaN(out[i]) ? out[i] : 1;
                }
            }
            case SCALE -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) (out[i] * factor);
                }
            }
            case SHIFT -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) (out[i] + factor);
                }
            }
            case TRUNCATE -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = Float.isFinite(out[i]) ? (float) (out[i] < 0 ? Math.ceil(out[i]) : Math.floor(out[i])) : out[i];
                }
            }
            case ONE_HOT, FLATTEN -> { }
            default -> throw new IllegalStateException("unhandled preprocessing op " + op);
        }
        return out;
    }

    private static void divide(float[] values, double by) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (values[i] / by);
        }
    }

    private static void minMax(float[] values, int width, Columns fitted) {
        for (int i = 0; i < values.length; i++) {
            int c = i % width;
            double range = fitted.max[c] - fitted.min[c];
            // A constant feature maps to 0, as scikit-learn's MinMaxScaler does, instead of 0/0.
            values[i] = (float) ((values[i] - fitted.min[c]) / (range > 0 ? range : 1));
        }
    }

    /** Per-feature statistics of the training samples (validation included), finite values only. */
    private record Columns(double[] min, double[] max, double[] mean, double[] std) {
        static Columns of(float[] train, float[] validation, int width) {
            double[] min = new double[width];
            double[] max = new double[width];
            double[] sum = new double[width];
            double[] squares = new double[width];
            long[] count = new long[width];
            java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
            for (float[] values : List.of(train, validation)) {
                for (int i = 0; i < values.length; i++) {
                    float v = values[i];
                    if (Float.isFinite(v)) {
                        int c = i % width;
                        min[c] = Math.min(min[c], v);
                        max[c] = Math.max(max[c], v);
                        sum[c] += v;
                        squares[c] += (double) v * v;
                        count[c]++;
                    }
                }
            }
            double[] mean = new double[width];
            double[] std = new double[width];
            for (int c = 0; c < width; c++) {
                if (count[c] == 0) {
                    min[c] = 0;
                    max[c] = 1;
                    std[c] = 1;
                    continue;
                }
                mean[c] = sum[c] / count[c];
                double variance = Math.max(0, squares[c] / count[c] - mean[c] * mean[c]);
                // A constant feature keeps its centred values instead of dividing by zero (scikit-learn).
                std[c] = variance > 0 ? Math.sqrt(variance) : 1;
            }
            return new Columns(min, max, mean, std);
        }
    }
}

package dev.dnnfl.telemetry;

/**
 * Which activation outputs lie in an activation's flat region, where its gradient vanishes.
 * DeepDiagnosis counts a sigmoid or tanh input as saturated when |x| ≥ 5; that is the same as
 * an output at or beyond f(±5), so saturation is read from the outputs dnnfl records.
 */
enum Saturation {
    NONE(Double.NaN),
    SIGMOID(1 / (1 + Math.exp(-5))),
    TANH(Math.tanh(5)),
    SOFTSIGN(5.0 / 6.0),
    HARD_SIGMOID(1);

    /** The output bound f(5) (the lower one is 1 − f(5) for sigmoid, −f(5) for tanh and softsign). */
    private final float upper;

    Saturation(double upper) {
        this.upper = (float) upper;
    }

    static Saturation of(String activation) {
        if (activation == null) return NONE;
        return switch (activation) {
            case "sigmoid" -> SIGMOID;
            case "tanh" -> TANH;
            case "softsign" -> SOFTSIGN;
            case "hard_sigmoid" -> HARD_SIGMOID;
            default -> NONE;
        };
    }

    boolean test(float y) {
        return switch (this) {
            case NONE -> false;
            case SIGMOID -> y >= upper || y <= 1 - upper;
            case TANH, SOFTSIGN -> Math.abs(y) >= upper;
            case HARD_SIGMOID -> y >= 1 || y <= 0;
        };
    }
}

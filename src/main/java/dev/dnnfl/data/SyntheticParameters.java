package dev.dnnfl.data;

import dev.dnnfl.spec.DatasetSpec;
import dev.dnnfl.spec.UserError;

import java.util.List;

/**
 * The optional parameters of a synthetic source ({@code classes}, {@code features}, {@code noise},
 * {@code shape}, …) read from a dataset specification with their defaults, each checked against
 * its accepted range; a bad value is a {@link UserError} naming {@code /dataset/<name>}.
 */
record SyntheticParameters(DatasetSpec spec) {

    /** A whole-number parameter in [{@code min}, {@code max}], or {@code defaultValue}. */
    int count(String name, int defaultValue, int min, int max) {
        double value = spec.parameter(name, defaultValue);
        if (value != Math.rint(value)) {
            throw bad(name, "must be a whole number, found " + value);
        }
        if (value < min) {
            throw bad(name, "must be >= " + min + ", found " + format(value));
        }
        if (value > max) {
            throw bad(name, "must be <= " + max + ", found " + format(value));
        }
        return (int) value;
    }

    /** A real parameter in [{@code min}, {@code max}], or {@code defaultValue}. */
    double real(String name, double defaultValue, double min, double max) {
        double value = spec.parameter(name, defaultValue);
        if (!Double.isFinite(value)) {
            throw bad(name, "must be a finite number, found " + value);
        }
        if (value < min) {
            throw bad(name, "must be >= " + min + ", found " + value);
        }
        if (value > max) {
            throw bad(name, "must be <= " + max + ", found " + value);
        }
        return value;
    }

    /** A parameter whose only accepted value is {@code expected} (e.g. circles are 2-D). */
    void fixed(String name, int expected, String why) {
        if (spec.parameters().containsKey(name) && spec.parameter(name, expected) != expected) {
            throw bad(name, why + ", found " + format(spec.parameter(name, expected)));
        }
    }

    /** The input shape of one sample, or {@code defaultShape}. */
    List<Integer> shape(List<Integer> defaultShape) {
        return spec.shape().isEmpty() ? defaultShape : spec.shape();
    }

    UserError bad(String name, String what) {
        return UserError.atField(null, "/dataset/" + name, what + " (" + spec.source() + ")");
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}

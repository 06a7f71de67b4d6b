package dev.dnnfl.deepfd;

import java.util.EnumMap;
import java.util.Map;

/**
 * One check of DeepFD's runtime monitor (spec deepfd.md §2.5): the value of every
 * {@link CheckSeries} at that moment, taken at the end of {@code epoch} (0-based). Indicators are
 * cumulative over the run, as in the original.
 */
public record CheckRow(int epoch, Map<CheckSeries, Double> values) {
    public CheckRow {
        EnumMap<CheckSeries, Double> copy = new EnumMap<>(CheckSeries.class);
        for (CheckSeries s : CheckSeries.values()) {
            Double v = values.get(s);
            if (v == null) throw new IllegalArgumentException("check row lacks series " + s.key());
            copy.put(s, v);
        }
        values = Map.copyOf(copy);
    }

    /** The value of one series. */
    public double get(CheckSeries series) {
        return values.get(series);
    }
}

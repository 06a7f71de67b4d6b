package dev.dnnfl.deepfd;

import dev.dnnfl.spec.FaultType;

import java.util.Locale;

/**
 * One of DeepFD's five binary labels, in its order opt, lr, act, loss, epoch (spec deepfd.md §4),
 * with the fault type it stands for in the study's notation and its aggregation offset over 9
 * runs (§8.4).
 */
public enum DeepFdLabel {
    OPT(FaultType.OCH, 0), LR(FaultType.HLR, 2), ACT(FaultType.ACH, 3), LOSS(FaultType.LCH, 6), EPOCH(FaultType.HNE, 5);

    private final FaultType faultType;
    private final int offsetOverNineRuns;

    DeepFdLabel(FaultType faultType, int offsetOverNineRuns) {
        this.faultType = faultType;
        this.offsetOverNineRuns = offsetOverNineRuns;
    }

    /** The label's name in DeepFD ({@code opt}, {@code lr}, …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The study's fault type of this label (opt → OCH, lr → HLR, act → ACH, loss → LCH, epoch → HNE). */
    public FaultType faultType() {
        return faultType;
    }

    /**
     * Whether {@code count} of {@code runs} runs predicting the label switch it on: DeepFD's
     * count &gt; offset, with the offset scaled from 9 runs to {@code runs} (spec §8.4 proposal).
     */
    public boolean switchedOn(int count, int runs) {
        return count > offsetOverNineRuns * runs / 9.0;
    }

    /** The label of a fault type, or null when DeepFD has none for it. */
    public static DeepFdLabel of(FaultType type) {
        for (DeepFdLabel l : values()) {
            if (l.faultType == type) return l;
        }
        return null;
    }
}

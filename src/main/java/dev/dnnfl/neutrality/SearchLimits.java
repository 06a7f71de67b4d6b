package dev.dnnfl.neutrality;

import java.time.Duration;

/**
 * When the neutrality search stops and how wide it goes. {@code topK} neutral neighbours of each
 * node are expanded further (the study used 5); the search stops when the queue is empty, the
 * time budget is spent, or {@code maxTrainings} training runs have been performed (cached
 * evaluations cost nothing). A limit of 0 means "no limit".
 */
public record SearchLimits(int topK, Duration budget, long maxTrainings) {
    public SearchLimits {
        if (topK < 1) throw new IllegalArgumentException("top_k must be >= 1, found " + topK);
        if (budget.isNegative()) throw new IllegalArgumentException("budget must be >= 0, found " + budget);
        if (maxTrainings < 0) throw new IllegalArgumentException("max trainings must be >= 0, found " + maxTrainings);
    }

    /** The study's setting: top_k 5, no training limit, the given time budget. */
    public static SearchLimits study(Duration budget) {
        return new SearchLimits(5, budget, 0);
    }
}

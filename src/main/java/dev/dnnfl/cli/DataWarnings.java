package dev.dnnfl.cli;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetStats;
import dev.dnnfl.data.SplitStats;

import java.io.PrintWriter;
import java.util.List;

/**
 * Warnings about a loaded dataset that a user should see before any training: NaN or infinite
 * inputs. Said up front because a loss can hide them (a clipped cross-entropy turns NaN outputs
 * into a finite loss) and the run then looks healthy.
 */
final class DataWarnings {
    private DataWarnings() {
    }

    /** Prints one {@code dnnfl: warning: …} line per split whose inputs hold non-finite values. */
    static void print(PrintWriter err, Dataset data) {
        DatasetStats stats = DatasetStats.of(data);
        for (SplitStats split : List.of(stats.train(), stats.validation(), stats.test())) {
            if (split.nanCount() + split.infCount() > 0) {
                err.printf("dnnfl: warning: the %s inputs hold %d NaN and %d infinite values (%s)%n", split.split(),
                        split.nanCount(), split.infCount(), data.name());
            }
        }
        err.flush();
    }
}

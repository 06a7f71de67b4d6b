package dev.dnnfl.cli;

import dev.dnnfl.deepfd.RunOutcome;
import dev.dnnfl.deepfd.RunProgress;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.io.PrintWriter;

/** A progress bar on stderr for DeepFD runs, one bar per phase. */
final class RunProgressBar implements RunProgress, AutoCloseable {
    private final PrintWriter err;
    private ProgressBar bar;
    private int failed;

    RunProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void planned(String phase, int runs) {
        close();
        bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(runs).setUpdateIntervalMillis(500)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print("\r" + line);
                    err.flush();
                })).build();
    }

    @Override
    public synchronized void finished(RunOutcome outcome) {
        if (!outcome.completed()) failed++;
        if (bar != null) {
            bar.step();
            if (failed > 0) bar.setExtraMessage(failed + " failed");
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
            bar = null;
        }
    }
}

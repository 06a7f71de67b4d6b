package dev.dnnfl.cli;

import dev.dnnfl.benchmark.BenchmarkProgress;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;

/**
 * A benchmark's progress shown as a progress bar on stderr: steps done, elapsed time and the
 * estimated time left, with the subject and run being diagnosed; notes go on lines of their own.
 */
final class ProgressBarProgress implements BenchmarkProgress {
    private final PrintWriter err;
    private ProgressBar bar;

    ProgressBarProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void start(int steps) {
        bar = new ProgressBarBuilder().setTaskName("benchmark").setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    synchronized (err) {
                        err.print('\r');
                        err.print(line);
                        err.flush();
                    }
                }, 100))
                .build();
    }

    @Override
    public void working(String what) {
        if (bar != null) bar.setExtraMessage(what);
    }

    @Override
    public void done() {
        if (bar != null) bar.step();
    }

    @Override
    public void note(String message) {
        synchronized (err) {
            err.println();
            err.println("dnnfl: " + message);
            err.flush();
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.setExtraMessage("done");
            bar.close();
            bar = null;
        }
        synchronized (err) {
            err.println();
            err.flush();
        }
    }
}

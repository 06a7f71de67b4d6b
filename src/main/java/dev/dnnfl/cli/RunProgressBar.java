package dev.dnnfl.cli;

import dev.dnnfl.deepfd.RunOutcome;
import dev.dnnfl.deepfd.RunProgress;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.io.PrintWriter;

/**
 * Progress of DeepFD runs on stderr: a bar per phase on a terminal; otherwise (a log, a pipe) one
 * line when a phase starts and one when it ends, so redirected output holds no bar redraws.
 */
final class RunProgressBar implements RunProgress, AutoCloseable {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private ProgressBar bar;
    private String phase;
    private int done;
    private int failed;

    RunProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void planned(String phase, int runs) {
        close();
        this.phase = phase;
        done = 0;
        if (!terminal) {
            err.println("dnnfl: " + phase + ": " + runs + " runs");
            err.flush();
            return;
        }
        bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(runs).setUpdateIntervalMillis(500)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print("\r" + line);
                    err.flush();
                })).build();
    }

    @Override
    public synchronized void finished(RunOutcome outcome) {
        if (!outcome.completed()) failed++;
        done++;
        if (bar != null) {
            bar.step();
            if (failed > 0) bar.setExtraMessage(failed + " failed");
        }
    }

    @Override
    public synchronized void close() {
        if (!terminal && phase != null) {
            err.println("dnnfl: " + phase + ": " + done + " runs done" + (failed > 0 ? ", " + failed + " failed" : ""));
            err.flush();
            phase = null;
        }
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
            bar = null;
        }
    }
}

package dev.dnnfl.cli;

import dev.dnnfl.train.EpochSummary;
import dev.dnnfl.train.TrainingObserver;
import dev.dnnfl.train.TrainingResult;
import dev.dnnfl.train.TrainingRun;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.io.PrintWriter;

/** Shows a training run on stderr: a progress bar over the epoch's batches and one line per epoch. */
final class TrainProgress implements TrainingObserver {
    private final PrintWriter err;
    private final String label;
    private final boolean bar;
    private int epochs;
    private long batchesPerEpoch;
    private ProgressBar progress;

    TrainProgress(PrintWriter err, String label, boolean bar) {
        this.err = err;
        this.label = label;
        this.bar = bar;
    }

    @Override
    public void onStart(TrainingRun run) {
        epochs = run.subject().training().epochs();
        long n = run.trainingSamples();
        batchesPerEpoch = (n + run.subject().training().batchSize() - 1) / run.subject().training().batchSize();
    }

    @Override
    public void onIteration(long iteration, int epoch, double loss, double accuracy) {
        if (!bar) return;
        if (progress == null) {
            progress = new ProgressBarBuilder().setTaskName((label.isEmpty() ? "" : label + " ") + "epoch " + (epoch + 1) + "/" + epochs)
                    .setInitialMax(batchesPerEpoch).setUpdateIntervalMillis(200)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        err.print('\r' + line);
                        err.flush();
                    })).clearDisplayOnFinish().build();
        }
        progress.step();
        progress.setExtraMessage(String.format("loss %.4f", loss));
    }

    @Override
    public void onEpochEnd(EpochSummary e) {
        if (progress != null) {
            progress.close();
            progress = null;
            err.print('\r');
        }
        err.printf("%sepoch %d/%d  loss %.4f  acc %s  val_loss %.4f  val_acc %s  lr %.3g  (%d ms)%n",
                label.isEmpty() ? "" : label + " ", e.epoch() + 1,
                epochs, e.trainLoss(), percent(e.trainAccuracy()), e.validationLoss(), percent(e.validationAccuracy()),
                e.learningRate(), e.millis());
        err.flush();
    }

    @Override
    public void onEnd(TrainingResult result) {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format("%.4f", fraction);
    }
}

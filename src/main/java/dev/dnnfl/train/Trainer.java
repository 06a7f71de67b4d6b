package dev.dnnfl.train;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.Split;
import dev.dnnfl.spec.Subject;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.IUpdater;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Trains a subject on its dataset as Keras' {@code fit} would: mini-batches of the subject's
 * batch size, the training split reshuffled every epoch (with a generator seeded from the run's
 * seed), validation in inference mode after every epoch, the test split evaluated at the end.
 *
 * <p>Reproducible: the same subject, data and seed give the same weights, losses and
 * telemetry (DL4J's seed fixes initialisation, ND4J's generator is reseeded for dropout, and
 * the shuffle generator is seeded). A NaN or infinite loss ends the run as
 * {@link StopReason#DIVERGED}; an observer's stop request as {@link StopReason#STOPPED}.
 */
public final class Trainer {
    /** Samples per inference batch when evaluating a split (bounds memory, not results). */
    private static final int EVALUATION_BATCH = 1024;

    private Trainer() {
    }

    /** Trains without observers. */
    public static TrainingResult train(Subject subject, Dataset data, long seed) {
        return train(subject, data, seed, List.of());
    }

    /** Trains, informing the observers as training goes. */
    public static TrainingResult train(Subject subject, Dataset data, long seed, List<? extends TrainingObserver> observers) {
        long start = System.nanoTime();
        Network network = NetworkBuilder.build(subject, data.inputShape(), seed, true);
        MultiLayerNetwork model = network.model();
        LabelEncoding encoding = network.labels();
        INDArray trainX = features(data.train());
        INDArray trainY = encoding.encode(data.train().labels(), "training labels");
        INDArray valX = features(data.validation());
        INDArray valY = encoding.encode(data.validation().labels(), "validation labels");
        INDArray testX = features(data.test());
        INDArray testY = encoding.encode(data.test().labels(), "test labels");
        long n = trainX.size(0);
        if (n == 0) throw new dev.dnnfl.spec.UserError("/dataset/train: the training split is empty (accepted: >= 1 sample)");
        int batchSize = subject.training().batchSize();
        int probeSize = (int) Math.min(batchSize, n);
        // built before seeding ND4J's generator (initialising a network reseeds it), and only
        // when someone may ask for probe gradients
        MultiLayerNetwork twin = observers.isEmpty() ? null : NetworkBuilder.twin(subject, network);
        TrainingRun run = new TrainingRun(subject, seed, network, twin, n,
                trainX.get(NDArrayIndex.interval(0, probeSize)).dup(), trainY.get(NDArrayIndex.interval(0, probeSize)).dup());

        for (TrainingObserver o : observers) {
            if (o instanceof TrainingListener l) model.addListeners(l);
        }
        Nd4j.getRandom().setSeed(seed);
        Random shuffle = new Random(seed);
        IUpdater updater = KerasOptimizers.of(subject.training());
        MeteredLoss metered = network.meteredLoss();
        for (TrainingObserver o : observers) o.onStart(run);

        List<EpochSummary> epochs = new ArrayList<>();
        StopReason reason = StopReason.COMPLETED;
        String message = "";
        long iteration = 0;
        for (int epoch = 0; epoch < subject.training().epochs() && reason == StopReason.COMPLETED; epoch++) {
            long epochStart = System.nanoTime();
            int[] order = permutation((int) n, shuffle);
            double lossSum = 0;
            double accuracySum = 0;
            int batches = 0;
            for (int from = 0; from < n; from += batchSize) {
                int[] rows = java.util.Arrays.copyOfRange(order, from, (int) Math.min(n, from + batchSize));
                model.fit(new DataSet(rows(trainX, rows), rows(trainY, rows)));
                double loss = model.score();
                double accuracy = metered.lastAccuracy();
                lossSum += loss;
                accuracySum += accuracy;
                batches++;
                for (TrainingObserver o : observers) o.onIteration(iteration, epoch, loss, accuracy);
                iteration++;
                if (!Double.isFinite(loss)) {
                    reason = StopReason.DIVERGED;
                    message = "loss became " + loss + " at iteration " + (iteration - 1) + " (epoch " + epoch + ")";
                    break;
                }
                Optional<String> stop = stopRequest(observers);
                if (stop.isPresent()) {
                    reason = StopReason.STOPPED;
                    message = stop.get();
                    break;
                }
            }
            model.incrementEpochCount();
            Evaluation val = evaluate(model, metered, encoding, valX, valY);
            double lr = updater.getLearningRate((int) Math.max(0, iteration - 1), epoch);
            EpochSummary summary = new EpochSummary(epoch, lossSum / batches, accuracySum / batches, val.loss, val.accuracy,
                    lr, batches, (System.nanoTime() - epochStart) / 1_000_000);
            epochs.add(summary);
            for (TrainingObserver o : observers) o.onEpochEnd(summary);
            if (reason == StopReason.COMPLETED) {
                Optional<String> stop = stopRequest(observers);
                if (stop.isPresent()) {
                    reason = StopReason.STOPPED;
                    message = stop.get();
                }
            }
        }
        Evaluation test = evaluate(model, metered, encoding, testX, testY);
        EpochSummary last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        TrainingResult result = new TrainingResult(seed, reason, message, epochs.size(), iteration, epochs,
                test.loss, test.accuracy, last == null ? Double.NaN : last.validationLoss(),
                last == null ? Double.NaN : last.validationAccuracy(), (System.nanoTime() - start) / 1_000_000);
        for (TrainingObserver o : observers) o.onEnd(result);
        for (TrainingObserver o : observers) {
            if (o instanceof TrainingListener l) model.getListeners().remove(l);
        }
        return result;
    }

    private record Evaluation(double loss, double accuracy) {
    }

    /** Loss (regularisation included, as Keras' val_loss) and accuracy in inference mode; NaN for an empty split. */
    private static Evaluation evaluate(MultiLayerNetwork model, MeteredLoss metered, LabelEncoding encoding,
                                       INDArray x, INDArray y) {
        long n = x.size(0);
        if (n == 0) return new Evaluation(Double.NaN, Double.NaN);
        double lossSum = 0;
        double correct = 0;
        for (long from = 0; from < n; from += EVALUATION_BATCH) {
            long to = Math.min(n, from + EVALUATION_BATCH);
            INDArray xb = x.get(NDArrayIndex.interval(from, to));
            INDArray yb = y.get(NDArrayIndex.interval(from, to));
            INDArray out = model.output(xb, false);
            lossSum += metered.loss().computeScore(yb, out.dup(), new ActivationIdentity(), null, false);
            double acc = encoding.accuracy().of(out, yb);
            correct += acc * (to - from);
        }
        double loss = lossSum / n + model.calcRegularizationScore(true);
        return new Evaluation(loss, correct / n);
    }

    private static Optional<String> stopRequest(List<? extends TrainingObserver> observers) {
        for (TrainingObserver o : observers) {
            Optional<String> r = o.stopRequest();
            if (r.isPresent()) return r;
        }
        return Optional.empty();
    }

    private static INDArray features(Split split) {
        return split.features().castTo(DataType.FLOAT);
    }

    private static int[] permutation(int n, Random rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static INDArray rows(INDArray a, int[] rows) {
        long[] shape = a.shape().clone();
        INDArray flat = a.reshape('c', a.size(0), a.length() / Math.max(1, a.size(0)));
        INDArray picked = Nd4j.pullRows(flat, 1, rows);
        shape[0] = rows.length;
        return picked.reshape('c', shape);
    }
}

package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.spec.UserError;
import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TelemetrySink;
import dev.dnnfl.telemetry.TensorStats;

import java.util.Map;
import java.util.Random;

/**
 * A stand-in for the DL4J trainer in tests: emits seeded telemetry whose shape depends on the
 * DeepFD-relevant hyperparameters (a huge learning rate diverges, a tiny one stalls, a regression
 * loss or a non-softmax output learns less, adagrad/adadelta learn slowly).
 */
final class FakeTrainer implements RunTrainer {
    @Override
    public void train(JsonNode subject, long seed, TelemetrySink sink) {
        Random random = new Random(seed * 7919 + subject.path("id").asText().hashCode());
        JsonNode t = subject.path("training");
        if (t.path("loss").asText().equals("mean_absolute_percentage_error")) {
            throw new UserError("fake trainer: loss not supported");
        }
        double lr = t.path("learning_rate").asDouble(0.01);
        int epochs = t.path("epochs").asInt(1);
        String opt = t.path("optimizer").asText();
        boolean regressionLoss = t.path("loss").asText().startsWith("mean_");
        int last = subject.path("layers").size() - 1;
        boolean softmax = subject.path("layers").get(last).path("activation").asText().equals("softmax");
        double ceiling = 0.95;
        if (opt.equals("adagrad") || opt.equals("adadelta")) ceiling = 0.55;
        if (regressionLoss) ceiling = 0.45;
        if (!softmax) ceiling = Math.min(ceiling, 0.65);
        if (lr < 1e-9) ceiling = 0.34;
        boolean diverges = lr > 0.5;
        long iteration = 0;
        for (int e = 0; e < epochs; e++) {
            double progress = (e + 1.0) / 6;
            double acc = diverges ? 0.33 : Math.min(ceiling, 0.34 + (ceiling - 0.34) * progress) + 0.01 * random.nextGaussian();
            double loss = diverges && e > 0 ? Double.NaN : (regressionLoss ? 0.2 : 1.1) * (1.2 - acc) + 0.01 * random.nextGaussian();
            for (int b = 0; b < 4; b++) {
                sink.onIteration(new IterationRecord(iteration++, e, loss + 0.02 * random.nextGaussian(), acc));
            }
            double gradNorm = diverges ? 500 : (lr < 1e-9 ? 1e-7 : 0.5);
            sink.onLayerSnapshot(new LayerSnapshot(0, e, iteration, true, Map.of(
                    Quantity.WEIGHTS, new TensorStats(0.01 * e, 0.1, -1, diverges ? 50 : 1, 3, 0, 0, 0, 64),
                    Quantity.WEIGHT_GRADIENTS, new TensorStats(0, 0.1, -1, 1, gradNorm, 0.1, 0, 0, 64),
                    Quantity.ACTIVATIONS, new TensorStats(0.3, 0.1, 0, 1, 3, 0.2, 0, 0, 64))));
            sink.onLayerSnapshot(new LayerSnapshot(last, e, iteration, true, Map.of(
                    Quantity.WEIGHTS, new TensorStats(0.02 * e, 0.1, -1, 1, 3, 0, 0, 0, 30),
                    Quantity.WEIGHT_GRADIENTS, new TensorStats(0, 0.1, -1, 1, 0.5, 0.1, 0, 0, 30))));
            sink.onEpoch(new EpochRecord(e, loss, acc, loss * 1.05, acc - 0.01, lr, 1));
            if (sink.stopRequest().isPresent()) return;
        }
    }
}

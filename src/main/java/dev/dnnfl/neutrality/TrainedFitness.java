package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetLoader;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.spec.UserError;
import dev.dnnfl.train.Trainer;
import dev.dnnfl.train.TrainingObserver;
import dev.dnnfl.train.TrainingResult;
import dev.dnnfl.train.TrainingRun;
import dev.dnnfl.data.Split;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Fitness by training: a configuration is trained once per seed (in parallel on the given
 * executor) and measured on its test split — accuracy for classification, mean squared error
 * for regression (the same measure whichever loss a neighbour trains with);
 * the validation split when the subject has no test data. A configuration the trainer rejects
 * (e.g. a layer deletion that breaks the shapes) or that diverges gets NaN runs, which are never
 * neutral.
 */
public final class TrainedFitness implements FitnessEvaluator {
    private final List<Long> seeds;
    private final Path baseDir;
    private final ExecutorService executor;
    private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();

    /**
     * @param seeds    one training run per seed
     * @param baseDir  the folder relative dataset paths resolve against (the subject file's)
     * @param executor where the runs go; its thread count is the parallelism
     */
    public TrainedFitness(List<Long> seeds, Path baseDir, ExecutorService executor) {
        this.seeds = List.copyOf(seeds);
        this.baseDir = baseDir;
        this.executor = executor;
    }

    /** Whether the subject's metric is a loss (lower is better). */
    public static Direction directionOf(Subject subject) {
        return subject.isClassification() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }

    @Override
    public Fitness evaluate(JsonNode json) {
        Subject subject;
        try {
            subject = SubjectReader.fromJson(json, "neighbour of " + json.path("id").asText(), baseDir);
        } catch (UserError invalid) {
            return failed();
        }
        // Neighbours never change the data, so every node of a search shares one loaded dataset.
        Dataset data = datasets.computeIfAbsent(subject.dataset().toString(), k -> DatasetLoader.load(subject));
        List<Future<Double>> runs = new ArrayList<>();
        for (long seed : seeds) runs.add(executor.submit(() -> metric(subject, data, seed)));
        List<Double> metrics = new ArrayList<>();
        for (Future<Double> run : runs) {
            try {
                metrics.add(run.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while training " + subject.id(), e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UserError) {
                    metrics.add(Double.NaN);
                } else {
                    throw new IllegalStateException("training " + subject.id() + " failed: " + e.getCause(), e.getCause());
                }
            }
        }
        return new Fitness(metrics);
    }

    private static double metric(Subject subject, Dataset data, long seed) {
        boolean useTest = data.test().size() > 0;
        if (subject.isClassification()) {
            TrainingResult r = Trainer.train(subject, data, seed);
            return useTest ? r.testAccuracy() : r.validationAccuracy();
        }
        // A regression subject is measured by its mean squared error, whatever loss it trains with:
        // the loss operator changes the loss, and losses of different kinds are not comparable.
        TrainingRun[] run = new TrainingRun[1];
        TrainingObserver capture = new TrainingObserver() {
            @Override
            public void onStart(TrainingRun r) {
                run[0] = r;
            }
        };
        Trainer.train(subject, data, seed, List.of(capture));
        Split split = useTest ? data.test() : data.validation();
        INDArray predicted = run[0].network().model().output(split.features(), false);
        INDArray target = split.labels().reshape(predicted.shape()).castTo(predicted.dataType());
        double mse = predicted.sub(target).norm2Number().doubleValue();
        return mse * mse / predicted.length();
    }

    private Fitness failed() {
        List<Double> nan = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) nan.add(Double.NaN);
        return new Fitness(nan);
    }
}

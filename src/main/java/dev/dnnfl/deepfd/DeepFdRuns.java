package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.spec.UserError;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs DeepFD's trainings on a pool of worker threads, each run under its own
 * {@link IndicatorMonitor}. Results come back in job order whatever order the workers finish in,
 * so the same jobs give the same outcomes.
 */
public final class DeepFdRuns {
    private final RunTrainer trainer;
    private final IndicatorLimits limits;
    private final int jobs;

    /** Runs with the given trainer and limits on {@code jobs} worker threads (at least 1). */
    public DeepFdRuns(RunTrainer trainer, IndicatorLimits limits, int jobs) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be >= 1, found " + jobs);
        this.trainer = trainer;
        this.limits = limits;
        this.jobs = jobs;
    }

    /**
     * Makes every ND4J operation single-threaded: DeepFD's parallelism is across runs (the
     * worker threads), and its models are too small to gain from threads inside an operation.
     * Measured here: with two ND4J threads per training and the cores busy, a training ran more
     * than 30 times slower (OpenMP threads spin-wait for each other). It sets a process-wide ND4J
     * setting; call it once, before training.
     */
    public static void shareCores(int jobs) {
        org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxThreads(1);
        org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxMasterThreads(1);
    }

    /** The number of worker threads. */
    public int jobs() {
        return jobs;
    }

    /**
     * Runs every job; {@code finished} hears of each outcome as it completes (from a worker
     * thread). A run whose training throws is a failed outcome.
     */
    public List<RunOutcome> run(List<RunJob> work, Consumer<RunOutcome> finished) {
        if (work.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, work.size()), r -> {
            Thread t = new Thread(r, "deepfd-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunOutcome>> futures = new ArrayList<>();
            for (RunJob job : work) {
                futures.add(pool.submit(() -> {
                    RunOutcome o = runOne(job);
                    finished.accept(o);
                    return o;
                }));
            }
            List<RunOutcome> out = new ArrayList<>();
            for (Future<RunOutcome> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Trains one job under a fresh monitor. */
    public RunOutcome runOne(RunJob job) {
        JsonNode json = job.json();
        boolean classification = !"regression".equals(json.path("task").asText("classification"));
        int epochs = Math.max(1, json.path("training").path("epochs").asInt(1));
        IndicatorMonitor monitor = new IndicatorMonitor(limits, epochs, classification);
        try {
            trainer.train(json, job.seed(), monitor);
        } catch (UserError e) {
            return new RunOutcome(job.subject(), job.variant(), job.run(), job.seed(), null, e.getMessage());
        } catch (RuntimeException e) {
            // A mutant can drive the framework somewhere it fails (e.g. a loss that does not fit the
            // output); that run is lost, as a crashed run was in the original, and the rest go on.
            return new RunOutcome(job.subject(), job.variant(), job.run(), job.seed(), null,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        monitor.finish();
        RunTrace trace = monitor.trace();
        if (trace.lastEpoch() == null) {
            return new RunOutcome(job.subject(), job.variant(), job.run(), job.seed(), null, "no epoch finished");
        }
        return new RunOutcome(job.subject(), job.variant(), job.run(), job.seed(), trace, null);
    }
}

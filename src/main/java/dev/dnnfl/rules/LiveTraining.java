package dev.dnnfl.rules;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.telemetry.TelemetryRecorder;
import dev.dnnfl.telemetry.TelemetrySink;
import dev.dnnfl.train.Trainer;

import java.util.ArrayList;
import java.util.List;

/**
 * Real training runs observed live: the subject is trained on its loaded data with DL4J, the
 * telemetry recorder feeds the rule session (and any extra sinks, such as a run-folder writer)
 * as training goes, and a stop request from the rules ends the run.
 */
public final class LiveTraining implements TrainingRunner {
    private final Dataset data;
    private final List<TelemetrySink> extraSinks;

    /** Training on the given data, feeding only the rule session. */
    public LiveTraining(Dataset data) {
        this(data, List.of());
    }

    /** Training on the given data, feeding the rule session and the extra sinks. */
    public LiveTraining(Dataset data, List<TelemetrySink> extraSinks) {
        this.data = data;
        this.extraSinks = List.copyOf(extraSinks);
    }

    @Override
    public void train(Subject subject, long seed, TelemetrySink sink) {
        List<TelemetrySink> sinks = new ArrayList<>();
        sinks.add(sink);
        sinks.addAll(extraSinks);
        Trainer.train(subject, data, seed, List.of(new TelemetryRecorder(sinks)));
    }
}

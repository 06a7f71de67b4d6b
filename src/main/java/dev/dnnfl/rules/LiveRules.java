package dev.dnnfl.rules;

import dev.dnnfl.facts.StaticFacts;
import dev.dnnfl.facts.TelemetryFacts;
import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.TelemetrySink;

import java.util.List;
import java.util.Optional;

/**
 * The rule packs attached to a training run: a {@link TelemetrySink} that turns each telemetry
 * record into facts ({@link TelemetryFacts}), inserts them and fires the rules, so findings
 * appear as training goes; a rule that calls the {@code trainingStop} global makes
 * {@link #stopRequest()} ask the trainer to stop. Offline replay of a stored run feeds the same
 * methods in the same order.
 */
public final class LiveRules implements TelemetrySink, AutoCloseable {
    private final RuleSession session;
    private final boolean honourStop;

    /**
     * A live session over the given rules, starting from a subject's static facts. When
     * {@code honourStop} is false a stop request is recorded (its findings end there) but the
     * run goes on, because another path still needs it.
     */
    public LiveRules(RuleBase rules, StaticFacts facts, boolean honourStop) {
        this.session = rules.newSession();
        this.honourStop = honourStop;
        session.insertAll(facts.all());
        session.fire();
    }

    @Override
    public void onIteration(IterationRecord iteration) {
        feed(TelemetryFacts.from(iteration));
    }

    @Override
    public void onLayerSnapshot(LayerSnapshot snapshot) {
        feed(TelemetryFacts.from(snapshot));
    }

    @Override
    public void onEpoch(EpochRecord epoch) {
        feed(TelemetryFacts.from(epoch));
    }

    private void feed(List<Object> facts) {
        session.insertAll(facts);
        session.fire();
    }

    @Override
    public Optional<String> stopRequest() {
        return honourStop ? session.stopRequest() : Optional.empty();
    }

    /** The reason a rule asked to stop, whether or not the run was stopped. */
    public Optional<String> stopReason() {
        return session.stopRequest();
    }

    /** The findings so far, in order. */
    public List<Finding> findings() {
        return session.findings();
    }

    /** The facts inserted so far (static and telemetry). */
    public long factsInserted() {
        return session.factsInserted();
    }

    @Override
    public void close() {
        session.close();
    }
}

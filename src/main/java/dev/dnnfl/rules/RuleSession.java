package dev.dnnfl.rules;

import dev.dnnfl.spec.UserError;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One run of the rule packs over one subject: facts go in (all at once for static checks, or as
 * training goes), rules fire, and the findings they insert come out in the order they were
 * inserted (deterministic for the same facts inserted in the same order). Equal findings are
 * kept once.
 *
 * <p>Not thread-safe; close it when done.
 */
public final class RuleSession implements AutoCloseable {
    private final KieSession session;
    private final Set<Finding> findings = new LinkedHashSet<>();
    private String stopReason;
    private long factsInserted;
    private final Function<String, String> ruleFile;

    /** @param ruleFile the rule file (as shown to the user) that defines a rule, by rule name */
    RuleSession(KieSession session, Set<String> globals, Function<String, String> ruleFile) {
        this.session = session;
        this.ruleFile = ruleFile;
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getObject() instanceof Finding f) findings.add(f);
            }
        });
        if (globals.contains(TrainingStop.GLOBAL)) {
            session.setGlobal(TrainingStop.GLOBAL, (TrainingStop) reason -> {
                if (stopReason == null) stopReason = reason;
            });
        }
    }

    /** Inserts facts (records of {@code dev.dnnfl.facts} or the telemetry records). */
    public RuleSession insert(Object... facts) {
        for (Object f : facts) {
            session.insert(f);
            factsInserted++;
        }
        return this;
    }

    /** Inserts every fact of a collection, in its order. */
    public RuleSession insertAll(Collection<?> facts) {
        for (Object f : facts) {
            session.insert(f);
            factsInserted++;
        }
        return this;
    }

    /**
     * Fires every rule whose conditions hold; returns how many rule firings happened. A rule
     * whose consequence throws is a {@link UserError} naming its file and the rule, like a DRL
     * compile error: the rule files are the user's to edit.
     */
    public int fire() {
        try {
            return session.fireAllRules();
        } catch (ConsequenceException e) {
            String name = e.getRule() == null ? "?" : e.getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UserError(ruleFile.apply(name) + ": rule \"" + name + "\": its consequence threw "
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage(), e);
        }
    }

    /** Every finding inserted so far, in order, without duplicates. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Findings of one technique ({@code DD}, {@code UM}, {@code NL}), in order. */
    public List<Finding> findings(String technique) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) if (f.technique().equals(technique)) out.add(f);
        return out;
    }

    /** The reason the first rule that asked to stop training gave, or empty. */
    public Optional<String> stopRequest() {
        return Optional.ofNullable(stopReason);
    }

    /** How many facts were inserted from outside (not counting what rules inserted). */
    public long factsInserted() {
        return factsInserted;
    }

    @Override
    public void close() {
        session.dispose();
    }
}

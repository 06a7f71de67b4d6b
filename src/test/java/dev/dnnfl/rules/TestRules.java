package dev.dnnfl.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rule test harness: the project's {@code rules/} folder compiled once per JVM (a cold compile
 * costs seconds), and a fresh session per {@link #fire} call.
 *
 * <pre>
 * List&lt;Finding&gt; found = TestRules.SHARED.fire(RulePack.NEURALINT, network(10).add(dense(4)));
 * assertEquals(List.of("NL R3 …"), ruleNames(found));
 * </pre>
 */
final class TestRules {
    /** Every rule file of the project's {@code rules/} folder, compiled once. */
    static final TestRules SHARED = new TestRules(RuleBase.load(Path.of("rules")));

    private final RuleBase base;

    TestRules(RuleBase base) {
        this.base = base;
    }

    /** The compiled base, e.g. for its hash. */
    RuleBase base() {
        return base;
    }

    /**
     * Opens a fresh session, inserts the facts (a {@link FactSource} stands for its facts), fires
     * every rule and returns every finding, in order.
     */
    List<Finding> fire(Object... facts) {
        try (RuleSession session = base.newSession()) {
            session.insertAll(expand(facts));
            session.fire();
            return session.findings();
        }
    }

    /** As {@link #fire(Object...)}, keeping only the findings of one pack. */
    List<Finding> fire(RulePack pack, Object... facts) {
        return fire(facts).stream().filter(f -> f.technique().equals(pack.code())).toList();
    }

    static List<Object> expand(Object... facts) {
        List<Object> all = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof FactSource s) all.addAll(s.facts());
            else if (f instanceof List<?> l) all.addAll(expand(l.toArray()));
            else all.add(f);
        }
        return all;
    }

    /** The rule names of findings, in order: what most tests assert on. */
    static List<String> ruleNames(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    /** The fault notations of findings that localise a fault, in order (e.g. {@code ACH(2)}). */
    static List<String> faults(List<Finding> findings) {
        return findings.stream().filter(Finding::localises).map(f -> f.fault().get().toString()).toList();
    }

    /** A list of rule names, for readable expectations. */
    static List<String> names(String... names) {
        return Arrays.asList(names);
    }
}

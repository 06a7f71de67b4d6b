package dev.dnnfl.rules;

import dev.dnnfl.spec.Fault;
import dev.dnnfl.spec.FaultType;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One conclusion of a rule: which technique and rule drew it, how serious it is, the fault it
 * localises in the study's notation (none for a warning such as "possible over-fitting"), the
 * direction of the fix where one exists ({@code increase}/{@code decrease}), the message, the
 * suggested fix, the evidence (the values that made the rule fire, in the order the rule gave
 * them) and the epoch or iteration it concerns. Findings are the only thing rules insert.
 *
 * <p>In a DRL file a rule states its conclusion once, in metadata, and builds the finding with
 * {@link #of(RuleContext, String)}:
 * <pre>
 * rule "NL R1 constant weight initialisation"
 *     &#64;fault("WCI") &#64;fix("use a random initialiser such as glorot_uniform")
 * when ... then
 *     insert( Finding.of( kcontext, "weights of " + $name + " start constant" ).at( $i ).with( "initializer", $init ) );
 * end
 * </pre>
 */
public record Finding(String technique, String rule, Severity severity, Optional<Fault> fault,
                      Optional<String> direction, String message, String fix,
                      Map<String, Object> evidence, OptionalInt epoch, OptionalLong iteration) {
    public Finding {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /**
     * The finding of the rule that is firing: technique (the first word of the rule's name, or its
     * {@code @technique} metadata), rule name, fault type ({@code @fault}, absent for a warning),
     * {@code @direction}, {@code @severity} (default: error with a fault, warning without) and
     * {@code @fix}, all read from the rule; the fault has no layers until {@link #at} adds them.
     */
    public static Finding of(RuleContext kcontext, String message) {
        return of(kcontext.getRule(), message);
    }

    /** The finding of a rule, as {@link #of(RuleContext, String)}; for callers outside a consequence. */
    public static Finding of(Rule rule, String message) {
        Map<String, Object> meta = rule.getMetaData();
        String name = rule.getName();
        String technique = text(meta.get("technique"));
        if (technique == null) {
            int space = name.indexOf(' ');
            technique = space > 0 ? name.substring(0, space) : name;
        }
        String faultCode = text(meta.get("fault"));
        Optional<Fault> fault = faultCode == null || faultCode.isBlank() || faultCode.equals("-")
                ? Optional.empty() : Optional.of(Fault.of(FaultType.parse(faultCode)));
        String severity = text(meta.get("severity"));
        return new Finding(technique, name,
                severity == null ? (fault.isPresent() ? Severity.ERROR : Severity.WARNING) : Severity.parse(severity),
                fault, Optional.ofNullable(text(meta.get("direction"))), message, text(meta.get("fix")),
                Map.of(), OptionalInt.empty(), OptionalLong.empty());
    }

    private static String text(Object value) {
        if (value == null) return null;
        String s = value.toString();
        // Drools keeps the quotes of some metadata values: strip them.
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }

    /** This finding with its fault placed on the given Keras layer indices (ignored for a warning). */
    public Finding at(int... layers) {
        if (fault.isEmpty()) return this;
        List<Integer> all = new ArrayList<>(fault.get().layers());
        for (int l : layers) all.add(l);
        return new Finding(technique, rule, severity, Optional.of(new Fault(fault.get().type(), all)), direction,
                message, fix, evidence, epoch, iteration);
    }

    /** This finding with one more piece of evidence (a value that made the rule fire). */
    public Finding with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(evidence);
        more.put(key, value);
        return new Finding(technique, rule, severity, fault, direction, message, fix, more, epoch, iteration);
    }

    /** This finding with another suggested fix than the rule's {@code @fix}. */
    public Finding fixedBy(String newFix) {
        return new Finding(technique, rule, severity, fault, direction, message, newFix, evidence, epoch, iteration);
    }

    /** This finding with another direction than the rule's {@code @direction}. */
    public Finding toward(String newDirection) {
        return new Finding(technique, rule, severity, fault, Optional.ofNullable(newDirection), message, fix,
                evidence, epoch, iteration);
    }

    /** This finding dated to an epoch (0-based). */
    public Finding inEpoch(int e) {
        return new Finding(technique, rule, severity, fault, direction, message, fix, evidence, OptionalInt.of(e),
                iteration);
    }

    /** This finding dated to a training iteration. */
    public Finding atIteration(long i) {
        return new Finding(technique, rule, severity, fault, direction, message, fix, evidence, epoch,
                OptionalLong.of(i));
    }

    /** Whether the finding localises a fault (a warning does not). */
    public boolean localises() {
        return fault.isPresent();
    }
}

package dev.dnnfl.report;

import dev.dnnfl.benchmark.FaultCheck;
import dev.dnnfl.neutrality.Fitness;

import java.util.List;
import java.util.Locale;

/** Renders the results of {@code dnnfl benchmark check} as a Markdown table. */
public final class FaultCheckReport {
    private FaultCheckReport() {
    }

    /** One row per subject: buggy and fixed means with their spread, Cohen's d, p and the verdict. */
    public static String markdown(List<FaultCheck.Result> results, int runs) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Fault check: buggy vs fixed, %d runs each; exposed = fixed significantly better "
                + "(p < 0.05 and Cohen's d >= 0.5)%n%n", runs));
        md.append("| subject | metric | buggy | fixed | d | p | verdict |\n|---|---|---|---|---|---|---|\n");
        for (FaultCheck.Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %.3f | %s |%n", r.subjectId(),
                    r.higherIsBetter() ? "accuracy" : "loss", meanSd(r.buggy()), meanSd(r.fixed()),
                    r.verdict().cohensD(), r.verdict().pValue(), r.exposed() ? "exposed" : "NOT exposed"));
        }
        long failed = results.stream().filter(r -> !r.exposed()).count();
        md.append(String.format(Locale.ROOT, "%n%d of %d subjects expose their fault%n", results.size() - failed, results.size()));
        return md.toString();
    }

    private static String meanSd(Fitness f) {
        double mean = f.mean();
        double var = f.runs().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, f.runs().size() - 1);
        return String.format(Locale.ROOT, "%.4f ± %.4f", mean, Math.sqrt(var));
    }
}

package dev.dnnfl.report;

import dev.dnnfl.spec.DatasetSpec;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.LayerShape;
import dev.dnnfl.spec.LayerSpec;
import dev.dnnfl.spec.Patch;
import dev.dnnfl.spec.PatchFaults;
import dev.dnnfl.spec.PreprocessingStep;
import dev.dnnfl.spec.Shapes;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.TrainingSpec;
import dev.dnnfl.spec.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text summary of a valid subject that {@code dnnfl validate} prints: id, task, dataset,
 * a table of layers (Keras index, Keras name, type, activation, settings, output shape),
 * the training hyperparameters, the ground truth and the fix with the faults it maps to.
 */
public final class SubjectSummary {
    private SubjectSummary() {
    }

    /** Renders a subject; output shapes show {@code ?} where only the data will tell. */
    public static String render(Subject subject) {
        StringBuilder out = new StringBuilder();
        out.append("subject ").append(subject.id()).append(": ").append(subject.task()).append(", valid\n");
        out.append("dataset: ").append(dataset(subject.dataset())).append('\n');
        List<Integer> input = Shapes.declaredInput(subject.dataset());
        out.append("input shape: ").append(input.isEmpty() ? "from the data (not declared)" : LayerShape.format(input)).append('\n');
        List<LayerShape> shapes = Shapes.infer(subject, input);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "name", "type", "activation", "settings", "output shape"});
        for (LayerSpec layer : subject.layers()) {
            rows.add(new String[] {String.valueOf(layer.index()), layer.name(), layer.type(),
                    layer.activation() == null ? "-" : layer.activation(), settings(layer),
                    LayerShape.format(shapes.get(layer.index()).output())});
        }
        out.append("layers:\n").append(table(rows));
        out.append("training: ").append(training(subject.training())).append('\n');
        out.append("ground truth: ").append(subject.groundTruth().map(g -> g.isEmpty() ? "[] (a correct program)" : g.toString())
                .orElse("(none)")).append('\n');
        if (subject.fix() != null) {
            Patch fix = Patch.fixOf(subject);
            FaultList faults = PatchFaults.of(subject, fix);
            out.append("fix: ").append(fix.size()).append(fix.size() == 1 ? " operation" : " operations")
                    .append(", fixes ").append(faults).append('\n');
            subject.fix().forEach(op -> out.append("  ").append(op.path("op").asText()).append(' ')
                    .append(op.path("path").asText()).append(op.has("value") ? " " + op.get("value") : "").append('\n'));
        }
        // Not the file's hash: spelling, field order and omitted defaults do not change this one (telemetry and caches key on it).
        out.append("canonical sha256: ").append(subject.sha256()).append('\n');
        return out.toString();
    }

    private static String dataset(DatasetSpec d) {
        StringBuilder s = new StringBuilder(d.source());
        if (d.path() != null) s.append(" ").append(d.path());
        s.append(", ").append(d.train()).append(" train / ").append(d.test()).append(" test, validation ")
                .append(number(d.validation())).append(", seed ").append(d.seed());
        if (!d.shuffle()) s.append(", no shuffle");
        for (Map.Entry<String, Double> p : d.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            s.append(", ").append(p.getKey()).append(' ').append(number(p.getValue()));
        }
        if (!d.preprocessing().isEmpty()) {
            s.append("; preprocessing: ").append(d.preprocessing().stream().map(SubjectSummary::step)
                    .collect(Collectors.joining(", ")));
        }
        return s.toString();
    }

    private static String step(PreprocessingStep p) {
        StringBuilder s = new StringBuilder(p.op());
        if (p.factor() != null) s.append(' ').append(number(p.factor()));
        boolean plain = p.split().equals("all") && p.target().equals(p.op().equals("one_hot") ? "y" : "x");
        if (!plain) s.append(" (").append(p.target()).append(", ").append(p.split()).append(')');
        return s.toString();
    }

    private static String settings(LayerSpec l) {
        List<String> s = new ArrayList<>();
        if (l.units() != null) s.add("units " + l.units());
        if (l.filters() != null) s.add("filters " + l.filters());
        if (!l.kernel().isEmpty()) s.add("kernel " + l.kernel().get(0) + "x" + l.kernel().get(1));
        if (!l.pool().isEmpty()) s.add("pool " + l.pool().get(0) + "x" + l.pool().get(1));
        if (!l.strides().isEmpty()) s.add("strides " + l.strides().get(0) + "x" + l.strides().get(1));
        if (l.padding() != null) s.add(l.padding());
        if (l.rate() != null) s.add("rate " + number(l.rate()));
        if (l.kernelInitializer() != null && !l.kernelInitializer().name().equals(Vocabulary.DEFAULT_KERNEL_INITIALIZER)) {
            s.add("kernel " + l.kernelInitializer().name());
        }
        if (l.biasInitializer() != null && !l.biasInitializer().name().equals(Vocabulary.DEFAULT_BIAS_INITIALIZER)) {
            s.add("bias " + l.biasInitializer().name());
        }
        if (Vocabulary.TYPES_WITH_KERNEL.contains(l.type()) && !l.useBias()) s.add("no bias");
        if (l.kernelRegularizer() != null) {
            if (l.kernelRegularizer().l1() > 0) s.add("l1 " + number(l.kernelRegularizer().l1()));
            if (l.kernelRegularizer().l2() > 0) s.add("l2 " + number(l.kernelRegularizer().l2()));
        }
        return s.isEmpty() ? "-" : String.join(", ", s);
    }

    private static String training(TrainingSpec t) {
        StringBuilder s = new StringBuilder(t.optimizer());
        s.append(", learning_rate ").append(number(t.learningRate()))
                .append(", loss ").append(t.loss())
                .append(", batch_size ").append(t.batchSize())
                .append(", epochs ").append(t.epochs());
        Map<String, Double> defaults = Vocabulary.OPTIMIZER_DEFAULTS.get(t.optimizer());
        t.optimizerParameters().forEach((k, v) -> {
            if (defaults == null || !v.equals(defaults.get(k))) s.append(", ").append(k).append(' ').append(number(v));
        });
        return s.toString();
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf((long) d);
        return String.valueOf(d);
    }

    private static String table(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], r[i].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < r.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", r[i]));
                if (i < r.length - 1) line.append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}

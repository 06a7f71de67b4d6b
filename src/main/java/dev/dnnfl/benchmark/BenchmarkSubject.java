package dev.dnnfl.benchmark;

import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.SubjectKind;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.UserError;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One subject of the benchmark: the training program ({@link Subject}), whether its fault is
 * artificial or real, and its ground truth.
 *
 * <p>The kind follows the study's ids: {@code D1}…{@code D9} are real faults from the DeepFD
 * benchmark, every other subject (the M, C and R mutants, and any subject a user adds) counts as
 * artificial.
 */
public record BenchmarkSubject(Subject subject, SubjectKind kind, FaultList groundTruth) {
    private static final Pattern REAL = Pattern.compile("D\\d+");

    public BenchmarkSubject {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(groundTruth, "groundTruth");
    }

    /** The benchmark subject of a subject file's contents; it needs a {@code ground_truth}. */
    public static BenchmarkSubject of(Subject subject) {
        FaultList truth = subject.groundTruth().orElseThrow(() -> new UserError(
                (subject.file() == null ? subject.id() : subject.file().toString())
                        + ": /ground_truth: missing (a benchmark subject needs its ground truth; [] for a correct program)"));
        return new BenchmarkSubject(subject, kindOf(subject.id()), truth);
    }

    /** The kind of a subject id: {@code D<n>} is real, anything else artificial. */
    public static SubjectKind kindOf(String id) {
        return REAL.matcher(id).matches() ? SubjectKind.REAL : SubjectKind.ARTIFICIAL;
    }

    /** The subject's id. */
    public String id() {
        return subject.id();
    }

    /** The ground truth as the scorer takes it. */
    public GroundTruth truth() {
        return new GroundTruth(id(), kind, groundTruth);
    }
}

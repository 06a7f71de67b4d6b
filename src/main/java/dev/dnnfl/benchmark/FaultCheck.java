package dev.dnnfl.benchmark;

import dev.dnnfl.mutation.KillTest;
import dev.dnnfl.mutation.KillVerdict;
import dev.dnnfl.neutrality.Direction;
import dev.dnnfl.neutrality.Fitness;
import dev.dnnfl.neutrality.FitnessEvaluator;
import dev.dnnfl.neutrality.TrainedFitness;
import dev.dnnfl.spec.Patch;
import dev.dnnfl.spec.Subject;

/**
 * Whether a benchmark subject's fault is real on its stand-in data: the buggy subject and its
 * fixed version are trained N times each, and DeepFD's statistical killing test (pooled z-test
 * p &lt; 0.05 and Cohen's d &ge; 0.5) decides whether the buggy one performs worse — the fault is
 * exposed and the fix repairs it — or not.
 */
public final class FaultCheck {
    private final FitnessEvaluator evaluator;
    private final KillTest test;

    public FaultCheck(FitnessEvaluator evaluator, KillTest test) {
        this.evaluator = evaluator;
        this.test = test;
    }

    /** The verdict of one subject. */
    public record Result(String subjectId, Fitness buggy, Fitness fixed, KillVerdict verdict, boolean higherIsBetter) {
        /** Whether the fault is exposed: the fixed subject is significantly better. */
        public boolean exposed() {
            return verdict.faulty();
        }
    }

    /** Trains the buggy and the fixed subject and judges them. */
    public Result check(Subject buggy) {
        Subject fixed = Patch.fixed(buggy);
        Fitness b = evaluator.evaluate(Patch.program(buggy.json()));
        Fitness f = evaluator.evaluate(Patch.program(fixed.json()));
        boolean higher = TrainedFitness.directionOf(buggy) == Direction.HIGHER_IS_BETTER;
        KillVerdict v = test.judge(f.values(), b.values(), higher);
        return new Result(buggy.id(), b, f, v, higher);
    }
}

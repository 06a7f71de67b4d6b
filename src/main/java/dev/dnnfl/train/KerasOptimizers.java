package dev.dnnfl.train;

import dev.dnnfl.spec.TrainingSpec;
import dev.dnnfl.spec.UserError;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.InverseSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

import java.util.List;

/**
 * The Keras optimisers dnnfl can train, by canonical Keras name, as DL4J updaters with Keras'
 * defaults and every parameter set explicitly (DL4J's own defaults differ: RmsProp decay 0.95,
 * epsilon 1e-8, …). Keras' legacy {@code decay} is lr / (1 + decay·iteration), DL4J's
 * {@link InverseSchedule} with power 1.
 */
public final class KerasOptimizers {
    /** The supported optimiser names, sorted. */
    public static final List<String> NAMES = List.of("adadelta", "adagrad", "adam", "adamax", "nadam", "rmsprop", "sgd");

    private KerasOptimizers() {
    }

    /** The DL4J updater for a subject's training spec; unsupported settings are a {@link UserError}. */
    public static IUpdater of(TrainingSpec t) {
        double lr = t.learningRate();
        double decay = t.optimizerParameter("decay", 0);
        ISchedule schedule = decay > 0 ? new InverseSchedule(ScheduleType.ITERATION, lr, decay, 1.0) : null;
        double eps = t.optimizerParameter("epsilon", 1e-7);
        double beta1 = t.optimizerParameter("beta_1", 0.9);
        double beta2 = t.optimizerParameter("beta_2", 0.999);
        return switch (t.optimizer()) {
            case "sgd" -> {
                double momentum = t.optimizerParameter("momentum", 0);
                boolean nesterov = t.optimizerParameter("nesterov", 0) != 0;
                if (momentum == 0 && !nesterov) yield schedule != null ? new Sgd(schedule) : new Sgd(lr);
                yield new KerasSgd(lr, schedule, momentum, nesterov);
            }
            case "rmsprop" -> {
                unsupported(t, "momentum");
                unsupported(t, "centered");
                RmsProp r = new RmsProp(lr, t.optimizerParameter("rho", 0.9), eps);
                if (schedule != null) r.setLearningRateSchedule(schedule);
                yield r;
            }
            // initial_accumulator_value is written into the updater state after initialisation (see NetworkBuilder)
            case "adagrad" -> schedule != null ? new AdaGrad(schedule, eps) : new AdaGrad(lr, eps);
            case "adadelta" -> new KerasAdadelta(lr, schedule, t.optimizerParameter("rho", 0.95), eps);
            case "adam" -> {
                if (t.optimizerParameter("amsgrad", 0) != 0) {
                    AMSGrad a = new AMSGrad(lr, beta1, beta2, eps);
                    if (schedule != null) a.setLearningRateSchedule(schedule);
                    yield a;
                }
                Adam a = new Adam(lr, beta1, beta2, eps);
                if (schedule != null) a.setLearningRateSchedule(schedule);
                yield a;
            }
            case "adamax" -> {
                AdaMax a = new AdaMax(lr, beta1, beta2, eps);
                if (schedule != null) a.setLearningRateSchedule(schedule);
                yield a;
            }
            case "nadam" -> {
                Nadam a = new Nadam(lr, beta1, beta2, eps);
                if (schedule != null) a.setLearningRateSchedule(schedule);
                yield a;
            }
            default -> throw new UserError("/training/optimizer: optimizer '" + t.optimizer()
                    + "' is not supported for training (expected one of " + String.join(", ", NAMES) + ")");
        };
    }

    private static void unsupported(TrainingSpec t, String parameter) {
        if (t.optimizerParameter(parameter, 0) != 0) {
            throw new UserError("/training/" + parameter + ": " + t.optimizer() + " with " + parameter + " = "
                    + t.optimizerParameter(parameter, 0) + " is not supported for training (accepted: 0)");
        }
    }
}

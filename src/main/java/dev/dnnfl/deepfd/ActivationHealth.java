package dev.dnnfl.deepfd;

/**
 * How a layer's outputs looked on the probe batch at the last epoch end of a run: the fraction of
 * exact zeros (dead ReLU-like units) and the fraction in the flat region of a sigmoid/tanh-like
 * activation. Used to name the layers of a diagnosed {@code act} fault.
 */
public record ActivationHealth(double fractionZero, double fractionSaturated) {
}

package dev.dnnfl.cli;

/**
 * The job ran on valid input but did not succeed (e.g. a benchmark subject whose fault is not
 * exposed); the CLI prints its message and exits with code 1.
 */
public final class JobFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobFailure(String message) {
        super(message);
    }
}

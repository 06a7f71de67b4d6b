package dev.dnnfl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One invocation of the dnnfl command line in a test: the exit code and what it printed on
 * stdout and stderr, through the same {@link Dnnfl#commandLine()} that {@code main} uses.
 */
record CliRun(int exit, String out, String err) {
    /** Runs {@code dnnfl args…} and captures its exit code and output. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Dnnfl.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The exit code (the name some tests use). */
    int exitCode() {
        return exit;
    }
}

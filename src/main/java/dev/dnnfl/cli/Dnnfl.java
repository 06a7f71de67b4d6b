package dev.dnnfl.cli;

import dev.dnnfl.spec.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The root {@code dnnfl} command: lists the subcommands and maps errors to exit codes
 * (0 ok, 1 failure of the job or internal error, 2 bad input).
 */
@Command(name = "dnnfl", mixinStandardHelpOptions = true, versionProvider = DnnflVersion.class,
        header = "Fault localisation for deep-learning training programs.",
        description = "Trains a subject (a model, its hyperparameters and its data), runs the "
                + "DeepDiagnosis, UMLAUT, NeuraLint and DeepFD paths, and scores their localisations.",
        subcommands = {
                // in the order a user meets them: check, train, diagnose, score, then the research tools
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                TrainCommand.class,
                DiagnoseCommand.class,
                RulesCommand.class,
                ScoreCommand.class,
                DeepFdCommand.class,
                MutateCommand.class,
                NeutralityCommand.class,
                BenchmarkCommand.class,
                BenchTelemetryCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:ok",
                "1:the job failed, or an internal error (rerun with --stacktrace)",
                "2:bad input: a wrong argument, file, field or rule (the message names it)"})
public final class Dnnfl implements Runnable {
    /** Exit code of a user mistake. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code of a failed job or an internal error. */
    public static final int EXIT_FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log progress of the libraries (DL4J, Drools) on stderr.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, used by {@link #main} and by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Dnnfl());
        giveVersionToSubcommands(cl);
        // --format JSON works where a command parses it itself; enum options should agree.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Dnnfl::handleExecutionException);
        cl.setParameterExceptionHandler(Dnnfl::handleParameterException);
        cl.setExecutionStrategy(parseResult -> {
            boolean verbose = anyLevelHas(parseResult, "-v");   // also on nested commands: deepfd train -v
            Logging.configure(verbose);
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (OutOfMemoryError e) {
                return handleOutOfMemory(e, parseResult);
            }
        });
        return cl;
    }

    /** {@code dnnfl train -V} prints the root's version rather than an empty line. */
    private static void giveVersionToSubcommands(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().version().length == 0) sub.getCommandSpec().versionProvider(new DnnflVersion());
            giveVersionToSubcommands(sub);
        }
    }

    private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        boolean trace = wantsStackTrace(parseResult);
        Throwable cause = ex;
        if (cause instanceof UserError) {
            // A subject with several problems reports them one per line: prefix each one.
            cause.getMessage().lines().forEach(line -> err.println("dnnfl: " + line));
            if (trace) cause.printStackTrace(err);
            err.flush();
            return EXIT_BAD_INPUT;
        }
        if (cause instanceof JobFailure) {
            err.println("dnnfl: " + cause.getMessage());
            if (trace) cause.printStackTrace(err);
            err.flush();
            return EXIT_FAILURE;
        }
        err.println("dnnfl: internal error: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + (trace ? "" : " (rerun with --stacktrace)"));
        if (trace) {
            StringWriter sw = new StringWriter();
            cause.printStackTrace(new PrintWriter(sw));
            err.print(sw);
        }
        err.flush();
        return EXIT_FAILURE;
    }

    /**
     * Too large a dataset or model (e.g. a billion synthetic samples) exhausts the heap: that is no
     * bug of dnnfl, so say what to change instead of printing the JVM's stack trace.
     */
    private static int handleOutOfMemory(OutOfMemoryError e, CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult r = parseResult;
        while (r.hasSubcommand()) r = r.subcommand();
        PrintWriter err = r.commandSpec().commandLine().getErr();
        err.println("dnnfl: out of memory (" + e.getMessage() + ", heap limit " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB): use fewer samples or a smaller model, or give Java more memory with DNNFL_JAVA_OPTS=-Xmx16g"
                + (wantsStackTrace(parseResult) ? "" : " (rerun with --stacktrace)"));
        if (wantsStackTrace(parseResult)) e.printStackTrace(err);
        err.flush();
        return EXIT_FAILURE;
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("dnnfl: " + ex.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        cl.getErr().flush();
        return EXIT_BAD_INPUT;
    }

    private static boolean wantsStackTrace(CommandLine.ParseResult parseResult) {
        return anyLevelHas(parseResult, "--stacktrace");
    }

    /** Whether the option was given to the root or to any (nested) subcommand. */
    private static boolean anyLevelHas(CommandLine.ParseResult parseResult, String option) {
        if (parseResult == null) return false;
        CommandLine.ParseResult r = parseResult;
        while (true) {
            if (r.hasMatchedOption(option)) return true;
            if (!r.hasSubcommand()) return false;
            r = r.subcommand();
        }
    }
}

package dev.dnnfl.cli;

import dev.dnnfl.spec.ProjectFolder;
import dev.dnnfl.benchmark.AlternativeGroundTruths;
import dev.dnnfl.benchmark.BenchmarkResults;
import dev.dnnfl.benchmark.BenchmarkRunner;
import dev.dnnfl.benchmark.BenchmarkSubject;
import dev.dnnfl.benchmark.BenchmarkTables;
import dev.dnnfl.benchmark.CombinationRule;
import dev.dnnfl.benchmark.ReplayDiagnoser;
import dev.dnnfl.benchmark.ResultsFolder;
import dev.dnnfl.benchmark.DeepFdSetup;
import dev.dnnfl.benchmark.StageDiagnoser;
import dev.dnnfl.benchmark.SubjectDiagnoser;
import dev.dnnfl.benchmark.Technique;
import dev.dnnfl.deepfd.DeepFdRuns;
import dev.dnnfl.deepfd.FeatureSchema;
import dev.dnnfl.deepfd.TrainedClassifiers;
import dev.dnnfl.rules.RuleBase;
import dev.dnnfl.score.ScoringMode;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code dnnfl benchmark run}: runs every technique on every subject and writes the study's tables. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run every technique on every benchmark subject and write the tables and figure.",
        description = {"Diagnoses each subject of --subjects-dir (or those of --subjects) with the chosen techniques, "
                + "--runs times for DeepDiagnosis and UMLAUT (NeuraLint and DeepFD once, as in the study), adds the "
                + "combined localisation, and writes under --out: outputs.tsv, timings.tsv, ground-truth.tsv, "
                + "alternatives.tsv, provenance.tsv, tables.md, index.html and the figure. Results already in --out are "
                + "kept for the subjects not run again, unless --fresh; results of other rules or classifiers are "
                + "refused.",
                "The rule packs are read from --rules at start-up, DeepFD's classifiers from --classifiers. "
                        + "--replay FILE tabulates stored localisations (an outputs.tsv, e.g. the study's) instead of "
                        + "running the techniques."})
final class BenchmarkRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SubjectSelection selection;

    @Option(names = "--tools", paramLabel = "LIST", defaultValue = "dd,um,nl,dfd",
            description = "Techniques to run: dd, um, nl, dfd (default: ${DEFAULT-VALUE}).")
    String tools;

    @Option(names = "--dfd-runs", paramLabel = "N", defaultValue = "20",
            description = "DeepFD's trainings per diagnosis, as in the study (default: ${DEFAULT-VALUE}).")
    int dfdRuns;

    @Option(names = "--jobs", paramLabel = "J", defaultValue = "2",
            description = "Worker threads for DeepFD's trainings (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--classifiers", paramLabel = "DIR",
            description = "DeepFD's trained classifiers (default: trained-classifiers/ under $DNNFL_HOME or here).")
    Path classifiers;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: rules/ under $DNNFL_HOME, else under the current directory).")
    Path rules;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "Runs of DeepDiagnosis and UMLAUT per subject; the mode is reported (study: 20; default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the first run; run r uses SEED + r (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: benchmark/results under $DNNFL_HOME, else the current folder).")
    Path out;

    @Option(names = "--fresh", description = "Discard the results already in --out instead of keeping the other subjects'.")
    boolean fresh;

    @Option(names = "--with-neutrality",
            description = "Also score after neutrality analysis, with the alternative ground truths under --alternatives.")
    boolean withNeutrality;

    @Option(names = "--alternatives", paramLabel = "PATH",
            description = "Alternative ground truths: a scorer-format file, or a folder searched for *alternatives*.tsv "
                    + "(default with --with-neutrality: benchmark/neutrality under $DNNFL_HOME, else the current folder).")
    Path alternatives;

    @Option(names = "--mode", paramLabel = "plain|study", defaultValue = "plain",
            converter = ScoreCommand.ModeConverter.class,
            description = "Scoring rules of the tables (default: ${DEFAULT-VALUE}).")
    ScoringMode mode;

    @Option(names = "--min-votes", paramLabel = "K", defaultValue = "" + CombinationRule.DEFAULT_MIN_VOTES,
            description = "Techniques that must report a fault type for the combined localisation to keep it "
                    + "(default: ${DEFAULT-VALUE}).")
    int minVotes;

    @Option(names = "--replay", paramLabel = "OUTPUTS",
            description = "Replay the localisations of an outputs.tsv (and the timings.tsv beside it) instead of running the techniques.")
    Path replay;

    @Option(names = "--study", paramLabel = "DIR",
            description = "Folder with the study's scores-study.tsv and times-study.tsv to compare with (default: benchmark/reference under $DNNFL_HOME, else the current folder; skipped when absent).")
    Path study;

    @Override
    public Integer call() {
        if (out == null) out = ProjectFolder.resolve("benchmark/results");
        if (study == null) study = ProjectFolder.resolve("benchmark/reference");
        Set<Technique> techniques = Technique.parseList("--tools", tools);
        if (dfdRuns < 1) throw new UserError("--dfd-runs: must be at least 1, found " + dfdRuns);
        if (jobs < 1) throw new UserError("--jobs: must be at least 1, found " + jobs);
        if (runs < 1) throw new UserError("--runs: must be at least 1, found " + runs);
        if (minVotes < 1) throw new UserError("--min-votes: must be at least 1, found " + minVotes);
        List<BenchmarkSubject> chosen = selection.chosen();
        Map<String, List<FaultList>> alts = Map.of();
        if (withNeutrality || alternatives != null) {
            alts = AlternativeGroundTruths.read(alternatives != null ? alternatives : ProjectFolder.resolve("benchmark/neutrality"));
        }
        SubjectDiagnoser diagnoser = replay != null ? ReplayDiagnoser.read(replay) : stages(techniques);
        PrintWriter err = spec.commandLine().getErr();
        String version = BenchmarkReportCommand.version(spec);
        BenchmarkRunner runner = new BenchmarkRunner(diagnoser, new CombinationRule(minVotes), runs, seed, version,
                Clock.systemUTC());
        BenchmarkResults results = runner.run(chosen, techniques, alts, new ProgressBarProgress(err));
        if (!fresh && Files.isRegularFile(out.resolve("provenance.tsv"))) {
            results = ResultsFolder.read(out).merge(results, out.toString());
        }
        BenchmarkTables tables = BenchmarkTables.of(results, mode.rules(), BenchmarkReportCommand.studyFigures(study),
                version, Instant.now());
        BenchmarkReportCommand.writeAndSummarise(spec, out, tables);
        return CommandLine.ExitCode.OK;
    }

    /** dnnfl's own stages: the rule packs, and DeepFD when it is asked for (its classifiers must load). */
    private SubjectDiagnoser stages(Set<Technique> techniques) {
        Optional<DeepFdSetup> deepFd = Optional.empty();
        if (techniques.contains(Technique.DFD)) {
            FeatureSchema schema = FeatureSchema.read(DeepFdCommand.featuresFile(null));
            TrainedClassifiers trained = TrainedClassifiers.load(DeepFdCommand.classifierDir(classifiers), schema);
            DeepFdRuns.shareCores(jobs);
            deepFd = Optional.of(new DeepFdSetup(schema, trained, dfdRuns, jobs));
        }
        return new StageDiagnoser(RuleBase.load(rules == null ? RuleBase.defaultFolder() : rules), deepFd,
                Clock.systemUTC());
    }
}

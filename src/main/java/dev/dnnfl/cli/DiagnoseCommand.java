package dev.dnnfl.cli;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetLoader;
import dev.dnnfl.facts.StaticFacts;
import dev.dnnfl.report.DiagnosisReport;
import dev.dnnfl.report.ReportFile;
import dev.dnnfl.report.ReportFormat;
import dev.dnnfl.rules.Diagnosis;
import dev.dnnfl.rules.LiveTraining;
import dev.dnnfl.rules.RuleBase;
import dev.dnnfl.rules.RuleDiagnoser;
import dev.dnnfl.rules.RulePack;
import dev.dnnfl.rules.TechniqueRun;
import dev.dnnfl.rules.TelemetryReplay;
import dev.dnnfl.score.CandidateScorer;
import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.ScoringRules;
import dev.dnnfl.score.SubjectKind;
import dev.dnnfl.score.SubjectScore;
import dev.dnnfl.score.ToolLocalisation;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.Shapes;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.spec.UserError;
import dev.dnnfl.telemetry.RunInfo;
import dev.dnnfl.telemetry.Telemetry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code dnnfl diagnose SUBJECT}: runs the rule-based localisation techniques on a subject. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        header = "Run DeepDiagnosis, UMLAUT, NeuraLint (rule packs) and DeepFD (classifiers) on a subject.",
        description = {"Prints per technique the localisation (fault list in the study's notation), the messages "
                + "and fixes of its findings, and, when the subject has a ground truth, RC/PR/F3. NeuraLint (nl) "
                + "only reads the subject; DeepDiagnosis (dd) and UMLAUT (um) watch training runs. The rules are "
                + "read from the rules folder at start-up: edit a threshold there and rerun."})
final class DiagnoseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBJECT", description = "The subject JSON file.")
    Path subject;

    @Option(names = "--tools", split = ",", paramLabel = "TOOL",
            description = "Techniques to run, comma-separated: dd, um, nl, dfd (default: all four; dfd trains "
                    + "the subject --dfd-runs more times with the classifiers of trained-classifiers/).")
    List<String> tools = List.of("dd", "um", "nl", "dfd");

    @Option(names = "--dfd-runs", paramLabel = "N", defaultValue = "20",
            description = "DeepFD's own training runs (default: ${DEFAULT-VALUE}, as in the study).")
    int dfdRuns;

    @Option(names = "--jobs", paramLabel = "J", defaultValue = "2",
            description = "Parallel trainings of DeepFD's runs (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--classifiers", paramLabel = "DIR",
            description = "DeepFD's trained classifiers (default: trained-classifiers/ under $DNNFL_HOME).")
    Path classifiers;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "Training runs per live technique; each reports the mode over them (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the first run; run i uses S+i (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, md or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: rules/ under $DNNFL_HOME, else under the current directory).")
    Path rules;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path out;

    @Option(names = "--telemetry", paramLabel = "DIR", split = ",",
            description = "Offline: replay stored training runs (folders written by 'dnnfl train') into dd and um "
                    + "instead of training; one run per folder, comma-separated.")
    List<Path> telemetry = List.of();

    @Override
    public Integer call() {
        if (runs < 1) throw new UserError("--runs: must be at least 1, found " + runs);
        ReportFormat reportFormat = parseFormat(format);
        Set<RulePack> packs = EnumSet.noneOf(RulePack.class);
        boolean dfd = false;
        for (String t : tools) {
            if (t.trim().equalsIgnoreCase("dfd")) dfd = true;
            else packs.add(RulePack.parse(t));
        }
        // Before any training: a wrong output path should not cost the user a whole diagnosis.
        if (out != null) ReportFile.checkWritable(out, Map.of("SUBJECT", subject));

        boolean live = packs.stream().anyMatch(RulePack::needsTraining);
        if (!telemetry.isEmpty()) {
            // Stored runs bring their own seeds and count; silently ignoring what the user asked for misleads.
            CommandLine.ParseResult given = spec.commandLine().getParseResult();
            for (String option : dfd ? List.of("--runs") : List.of("--runs", "--seed")) {
                if (given.hasMatchedOption(option)) {
                    throw new UserError(option + ": does not apply with --telemetry (the run folders give the runs and their seeds)");
                }
            }
            if (!live) throw new UserError("--telemetry: only dd and um replay training runs; --tools " + String.join(",", tools)
                    + " would ignore them");
            // Before compiling rules or training DeepFD's runs: a mistyped folder should cost nothing.
            for (Path folder : telemetry) {
                if (!Files.exists(folder)) throw new UserError(folder + ": no such run folder");
                if (!Files.isDirectory(folder)) {
                    throw new UserError(folder + ": is a file, not a run folder (give the folder 'dnnfl train' wrote, "
                            + "e.g. runs/<subject id>/seed-1)");
                }
            }
        }

        Subject s = SubjectReader.read(subject);
        RuleBase base = RuleBase.load(rules == null ? RuleBase.defaultFolder() : rules, packs);
        Diagnosis diagnosis = SubjectErrors.named(subject, () -> diagnose(s, base, packs, live));

        Diagnosis all = dfd ? SubjectErrors.named(subject, () -> DeepFdCommand.diagnosis(s, subject, dfdRuns, jobs, seed,
                classifiers, spec)).joinedWith(diagnosis) : diagnosis;

        Map<String, SubjectScore> scores = new LinkedHashMap<>();
        s.groundTruth().ifPresent(truth -> {
            CandidateScorer scorer = new CandidateScorer(ScoringRules.plain());
            GroundTruth gt = new GroundTruth(s.id(), SubjectKind.ARTIFICIAL, truth);
            for (TechniqueRun t : all.techniques()) {
                scores.put(t.technique(), scorer.score(gt, List.of(),
                        new ToolLocalisation(s.id(), t.technique(), t.localisation().faults())));
            }
        });
        Optional<FaultList> truth = s.groundTruth();
        String report = DiagnosisReport.render(all, truth, scores, reportFormat);
        if (out != null) {
            ReportFile.write(out, report);
        } else {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** Runs the rule packs: statically, on stored runs, or on live training runs. */
    private Diagnosis diagnose(Subject s, RuleBase base, Set<RulePack> packs, boolean live) {
        List<Integer> declared = Shapes.declaredInput(s.dataset());
        Diagnosis diagnosis;
        if (!live && !declared.isEmpty()) {
            // NeuraLint alone: the subject's declared input shape is all it needs; no data, no training.
            diagnosis = new RuleDiagnoser(base, Optional.empty(), Clock.systemUTC())
                    .diagnose(s, StaticFacts.of(s, declared), packs, seed, runs);
        } else if (!telemetry.isEmpty()) {
            Dataset data = DatasetLoader.load(s);
            DataWarnings.print(spec.commandLine().getErr(), data);
            List<Telemetry> stored = telemetry.stream().map(Telemetry::read).toList();
            checkRecordedFrom(s, stored);
            TelemetryReplay replay = new TelemetryReplay(stored);
            diagnosis = new RuleDiagnoser(base, Optional.of(replay), Clock.systemUTC())
                    .diagnose(s, StaticFacts.of(s, data), packs, replay.seeds());
        } else {
            Dataset data = DatasetLoader.load(s);
            DataWarnings.print(spec.commandLine().getErr(), data);
            if (live) spec.commandLine().getErr().println("dnnfl: training " + s.id() + " (" + runs + " run"
                    + (runs == 1 ? "" : "s") + ") for " + String.join(", ", tools));
            diagnosis = new RuleDiagnoser(base, Optional.of(new LiveTraining(data)), Clock.systemUTC())
                    .diagnose(s, StaticFacts.of(s, data), packs, seed, runs);
        }
        return diagnosis;
    }

    /**
     * Stored runs must come from this subject: replaying another subject's telemetry would mix
     * its training with this subject's model and hyperparameters into nonsense findings.
     */
    private void checkRecordedFrom(Subject s, List<Telemetry> stored) {
        for (int i = 0; i < stored.size(); i++) {
            RunInfo run = stored.get(i).run();
            if (!s.id().equals(run.subjectId())) {
                throw new UserError(telemetry.get(i) + ": telemetry of subject '" + run.subjectId() + "', not of '"
                        + s.id() + "' (" + subject + "); give the run folders 'dnnfl train " + subject + "' wrote");
            }
            if (!s.sha256().equals(run.subjectSha256())) {
                spec.commandLine().getErr().println("dnnfl: warning: " + telemetry.get(i) + " was recorded from another "
                        + "version of subject '" + s.id() + "' (the subject changed since); retrain it for findings "
                        + "that match the current file");
                spec.commandLine().getErr().flush();
            }
        }
    }

    private static ReportFormat parseFormat(String text) {
        try {
            ReportFormat f = ReportFormat.parse(text);
            if (f == ReportFormat.TSV) throw new IllegalArgumentException("tsv");
            return f;
        } catch (IllegalArgumentException e) {
            throw new UserError("--format: unknown format '" + text + "' (expected one of: text, md, json)");
        }
    }
}

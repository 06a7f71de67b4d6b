package dev.dnnfl.cli;

import dev.dnnfl.benchmark.BenchmarkSubject;
import dev.dnnfl.benchmark.BenchmarkSuite;
import dev.dnnfl.spec.ProjectFolder;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark commands' choice of subjects: {@code --subjects} out of {@code --subjects-dir}. */
final class SubjectSelection {
    @Option(names = "--subjects", split = ",", paramLabel = "ID",
            description = "Subjects to use, e.g. M1,C2,D4 (default: every subject of --subjects-dir).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--subjects-dir", paramLabel = "DIR",
            description = "Folder of subject files (default: benchmark/subjects under $DNNFL_HOME, else the current folder).")
    Path folder;

    /** The subjects folder, resolved against the project folder when not given. */
    Path folder() {
        return folder != null ? folder : ProjectFolder.resolve("benchmark/subjects");
    }

    /** The chosen subjects, in the study's order; an unknown id is a bad-input error naming it. */
    List<BenchmarkSubject> chosen() {
        return BenchmarkSuite.read(folder()).select("--subjects", ids);
    }
}

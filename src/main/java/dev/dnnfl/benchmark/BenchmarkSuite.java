package dev.dnnfl.benchmark;

import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark's subjects: every {@code *.json} subject file of a folder (by default
 * {@code benchmark/subjects/}), in the study's order.
 */
public record BenchmarkSuite(List<BenchmarkSubject> subjects) {
    public BenchmarkSuite {
        subjects = subjects.stream().sorted(Comparator.comparing(BenchmarkSubject::id, SubjectOrder.STUDY)).toList();
        if (subjects.stream().map(BenchmarkSubject::id).distinct().count() != subjects.size()) {
            throw new IllegalArgumentException("subject ids must be unique: "
                    + subjects.stream().map(BenchmarkSubject::id).toList());
        }
    }

    /**
     * Reads every subject file of a folder; a bad file is the {@link UserError} of the subject
     * reader, two files with one id a {@link UserError} naming both.
     */
    public static BenchmarkSuite read(Path folder) {
        if (!Files.isDirectory(folder)) throw UserError.missingFile(folder, "no such subjects folder");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw UserError.missingFile(folder, "cannot list the subjects folder (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) throw UserError.missingFile(folder, "no subject files (*.json) in the subjects folder");
        Map<String, Path> seen = new LinkedHashMap<>();
        List<BenchmarkSubject> subjects = new ArrayList<>();
        for (Path file : files) {
            BenchmarkSubject subject = BenchmarkSubject.of(SubjectReader.read(file));
            Path earlier = seen.putIfAbsent(subject.id(), file);
            if (earlier != null) {
                throw new UserError(file + ": /id: subject '" + subject.id() + "' is already defined in " + earlier);
            }
            subjects.add(subject);
        }
        return new BenchmarkSuite(subjects);
    }

    /** The subject ids, in the study's order. */
    public List<String> ids() {
        return subjects.stream().map(BenchmarkSubject::id).toList();
    }

    /**
     * The subjects with the given ids, in the study's order; every subject when {@code ids} is
     * empty. An unknown id is a {@link UserError} naming it and the known ones.
     */
    public List<BenchmarkSubject> select(String option, List<String> ids) {
        if (ids.isEmpty()) return subjects;
        List<String> unknown = ids.stream().filter(id -> !ids().contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new UserError(option + ": unknown subject" + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "))
                    + " (known: " + String.join(", ", ids()) + ")");
        }
        return subjects.stream().filter(s -> ids.contains(s.id())).toList();
    }
}

package dev.dnnfl.benchmark;

import dev.dnnfl.score.ScorerInput;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The study's data copied into the test resources ({@code reference/README.md} says from where). */
final class StudyData {
    private StudyData() {
    }

    static Path file(String name) {
        try {
            return Path.of(StudyData.class.getResource("/reference/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The study's ground truths and tool outputs, with the given alternatives file or none. */
    static ScorerInput input(String alternatives) {
        return ScorerInput.read(file("ground-truth.tsv"), alternatives == null ? null : file(alternatives),
                file("outputs.tsv"));
    }
}

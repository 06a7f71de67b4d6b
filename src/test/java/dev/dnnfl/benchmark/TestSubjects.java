package dev.dnnfl.benchmark;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small benchmark of the test resources: M1 (artificial), D1 (real, two faults), C2 (a correct program). */
public final class TestSubjects {
    private TestSubjects() {
    }

    /** A file or folder under {@code src/test/resources/benchmark/}. */
    public static Path path(String name) {
        try {
            return Path.of(TestSubjects.class.getResource("/benchmark/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The three subjects. */
    public static BenchmarkSuite suite() {
        return BenchmarkSuite.read(path("subjects"));
    }
}

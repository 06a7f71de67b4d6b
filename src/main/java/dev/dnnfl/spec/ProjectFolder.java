package dev.dnnfl.spec;

import java.nio.file.Path;
import java.util.Map;

/**
 * dnnfl's project folder, where the default rules, classifiers, feature definitions, benchmark
 * subjects and results live: {@code $DNNFL_HOME} when set (the launcher sets it), else the
 * current directory.
 *
 * <p>Why one place: commands resolved some defaults against {@code DNNFL_HOME} and others against
 * the current directory, so {@code cd /tmp && dnnfl benchmark check} found the rules but not the
 * subjects.
 */
public final class ProjectFolder {
    /** The environment variable naming the project folder. */
    public static final String HOME_VARIABLE = "DNNFL_HOME";

    private ProjectFolder() {
    }

    /** The project folder of this process: {@code $DNNFL_HOME}, else the current directory ({@code ""}). */
    public static Path home() {
        return home(System.getenv());
    }

    /** The project folder named by {@code environment} (the current directory when it names none). */
    public static Path home(Map<String, String> environment) {
        String home = environment.get(HOME_VARIABLE);
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    /** A default path of the project, e.g. {@code "benchmark/subjects"}, resolved against {@link #home()}. */
    public static Path resolve(String relative) {
        return home().resolve(relative);
    }
}

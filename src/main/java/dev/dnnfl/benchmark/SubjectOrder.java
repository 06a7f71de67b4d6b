package dev.dnnfl.benchmark;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of subjects in the study's tables: the MNIST, CIFAR-10 and Reuters mutants
 * (M, C, R), then the real faults (D), each by number; any other id comes after them, by name.
 */
public final class SubjectOrder {
    /** Compares subject ids in the study's order. */
    public static final Comparator<String> STUDY = Comparator.comparingInt(SubjectOrder::group)
            .thenComparingInt(SubjectOrder::number).thenComparing(Comparator.naturalOrder());

    private static final Pattern STUDY_ID = Pattern.compile("([MCRD])(\\d{1,6})");
    private static final List<String> PREFIXES = List.of("M", "C", "R", "D");

    private SubjectOrder() {
    }

    private static int group(String id) {
        Matcher m = STUDY_ID.matcher(id);
        return m.matches() ? PREFIXES.indexOf(m.group(1)) : PREFIXES.size();
    }

    private static int number(String id) {
        Matcher m = STUDY_ID.matcher(id);
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }
}

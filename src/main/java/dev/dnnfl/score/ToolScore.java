package dev.dnnfl.score;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One tool's scores on every subject, in ground-truth order, and their means over the
 * artificial, real and all subjects. Negative controls stay out of the means; a group without
 * scored subjects has no mean.
 */
public record ToolScore(String tool, List<SubjectScore> subjects, Map<SubjectGroup, Score> averages) {
    public ToolScore {
        Objects.requireNonNull(tool, "tool");
        subjects = List.copyOf(subjects);
        averages = Collections.unmodifiableMap(averages.isEmpty()
                ? new EnumMap<>(SubjectGroup.class) : new EnumMap<>(averages));
    }

    /** The scores of one tool with their means computed. */
    public static ToolScore of(String tool, List<SubjectScore> subjects) {
        Map<SubjectGroup, Score> averages = new EnumMap<>(SubjectGroup.class);
        for (SubjectGroup group : SubjectGroup.values()) {
            List<Score> scores = subjects.stream()
                    .filter(s -> group.contains(s.kind()))
                    .flatMap(s -> s.score().stream())
                    .toList();
            if (!scores.isEmpty()) averages.put(group, mean(scores));
        }
        return new ToolScore(tool, subjects, averages);
    }

    /**
     * The mean of scores, component by component; the mean F3 is the mean of the F3s, not the
     * F3 of the mean RC and PR, as in the study's tables.
     */
    static Score mean(List<Score> scores) {
        double rc = 0, pr = 0, f3 = 0;
        for (Score s : scores) {
            rc += s.rc();
            pr += s.pr();
            f3 += s.f3();
        }
        int n = scores.size();
        return new Score(rc / n, pr / n, f3 / n);
    }

    /** The subjects that are negative controls. */
    public List<SubjectScore> negativeControls() {
        return subjects.stream().filter(SubjectScore::negativeControl).toList();
    }

    /** Faults localised over all negative controls. */
    public int falseAlarms() {
        return subjects.stream().mapToInt(SubjectScore::falseAlarms).sum();
    }

    /** The score of one subject, if the tool was scored on it. */
    public Optional<SubjectScore> subject(String subjectId) {
        return subjects.stream().filter(s -> s.subjectId().equals(subjectId)).findFirst();
    }
}

package dev.dnnfl.benchmark;

import dev.dnnfl.spec.Fault;
import dev.dnnfl.spec.FaultGroup;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.FaultType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agreement vote that merges the techniques' localisations of one subject into the
 * {@code combined} localisation: a fault type is kept when at least {@code minVotes} techniques
 * report it.
 *
 * <p>A technique votes at most once for a type, whichever readings or layers it names (a
 * {@code |} group votes for the type of each reading: the technique offers each of them). The
 * kept fault carries the union of the layers the voters named, or no layers when none named
 * any (DeepFD never does). Kept faults are ordered by votes, most first, then by the order of
 * {@link FaultType}. A technique that could not run ({@code N/A}) does not vote; when none could,
 * the combined localisation is {@code N/A} too.
 *
 * <p>The default, {@link #DEFAULT_MIN_VOTES}, was chosen by scoring the combined tool on the
 * study's own outputs for 1, 2 and 3 votes (docs/readme-benchrun.md gives the figures): a
 * single vote, the plain union, has by far the best recall and F3 (plain rules, original ground
 * truth: RC 0.626 / PR 0.244 / F3 0.513 against 0.197 / 0.136 / 0.182 for two votes), because
 * the four tools seldom report the same type, and F3 weighs recall nine times as much as
 * precision. Its precision is still higher than any single tool's there.
 */
public record CombinationRule(int minVotes) {
    /** The tool name of the combined localisation in {@code outputs.tsv} and in every table. */
    public static final String TOOL = "combined";
    /** The number of agreeing techniques the benchmark requires by default. */
    public static final int DEFAULT_MIN_VOTES = 1;

    public CombinationRule {
        if (minVotes < 1) throw new IllegalArgumentException("minVotes must be >= 1, found " + minVotes);
    }

    /** The rule with the default number of votes. */
    public static CombinationRule standard() {
        return new CombinationRule(DEFAULT_MIN_VOTES);
    }

    /**
     * Every fault type reported by at least one technique, with its voters, ordered as the
     * combined localisation orders its faults. Techniques are taken in the map's order.
     */
    public static List<FaultVotes> tally(Map<String, FaultList> byTool) {
        Map<FaultType, Set<String>> voters = new EnumMap<>(FaultType.class);
        Map<FaultType, Set<Integer>> layers = new EnumMap<>(FaultType.class);
        byTool.forEach((tool, list) -> {
            for (FaultGroup group : list.groups()) {
                for (Fault reading : group.readings()) {
                    voters.computeIfAbsent(reading.type(), k -> new LinkedHashSet<>()).add(tool);
                    layers.computeIfAbsent(reading.type(), k -> new TreeSet<>()).addAll(reading.layers());
                }
            }
        });
        List<FaultVotes> tally = new ArrayList<>();
        voters.forEach((type, tools) ->
                tally.add(new FaultVotes(new Fault(type, List.copyOf(layers.get(type))), List.copyOf(tools))));
        tally.sort(Comparator.comparingInt(FaultVotes::votes).reversed()
                .thenComparing(v -> v.fault().type()));
        return tally;
    }

    /**
     * The combined localisation of one subject from each technique's localisation (tool code →
     * faults); {@code N/A} when every technique was {@code N/A}, {@code -} when no type has enough
     * votes.
     *
     * @throws IllegalArgumentException when no localisation is given
     */
    public FaultList combine(Map<String, FaultList> byTool) {
        if (byTool.isEmpty()) throw new IllegalArgumentException("nothing to combine: no localisation given");
        if (byTool.values().stream().allMatch(FaultList::notApplicable)) return FaultList.notApplicableList();
        return FaultList.of(tally(byTool).stream().filter(v -> v.votes() >= minVotes).map(FaultVotes::fault).toList());
    }
}

package dev.dnnfl.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list of faults in the study's notation: {@code OCH, HLR, ACH(0,1)}; {@code -} for an empty
 * list and {@code N/A} when a technique could not run (it scores as an empty list). Used both for
 * ground truths and for localisations.
 */
public record FaultList(List<FaultGroup> groups, boolean notApplicable) {
    /** The text of an empty list. */
    public static final String NONE = "-";
    /** The text of a technique that could not run on a subject. */
    public static final String NOT_APPLICABLE = "N/A";

    public FaultList {
        groups = List.copyOf(groups);
        if (notApplicable && !groups.isEmpty()) {
            throw new IllegalArgumentException("an N/A list holds no faults");
        }
    }

    /** The empty list, {@code -}. */
    public static FaultList empty() {
        return new FaultList(List.of(), false);
    }

    /** The list of a technique that could not run, {@code N/A}. */
    public static FaultList notApplicableList() {
        return new FaultList(List.of(), true);
    }

    /** A list of plain faults (no alternatives). */
    public static FaultList of(List<Fault> faults) {
        return new FaultList(faults.stream().map(FaultGroup::of).toList(), false);
    }

    /**
     * Parses the notation. Separators are commas outside parentheses; {@code |} separates the
     * readings of one group. Throws {@link UserError} naming the bad token.
     */
    public static FaultList parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty() || s.equals(NONE) || s.equals("[]")) return empty();
        if (s.equalsIgnoreCase(NOT_APPLICABLE)) return notApplicableList();
        if (s.startsWith("[") && s.endsWith("]")) {
            // a JSON-style list: "[ ]" is as empty as "[]"
            s = s.substring(1, s.length() - 1).trim();
            if (s.isEmpty()) return empty();
        }
        List<FaultGroup> groups = new ArrayList<>();
        for (String item : splitTopLevel(s, ',')) {
            if (item.isBlank()) throw new UserError("empty fault in '" + text + "'");
            List<Fault> readings = new ArrayList<>();
            for (String reading : splitTopLevel(unquote(item), '|')) readings.add(parseFault(unquote(reading), text));
            groups.add(new FaultGroup(readings));
        }
        return new FaultList(groups, false);
    }

    /** A token without the quotes it has when the list was copied from a JSON array. */
    private static String unquote(String token) {
        String t = token.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1).trim();
        return t;
    }

    private static Fault parseFault(String token, String whole) {
        int open = token.indexOf('(');
        if (open < 0) return Fault.of(FaultType.parse(token));
        if (!token.endsWith(")")) throw new UserError("bad fault '" + token + "' in '" + whole + "': missing ')'");
        FaultType type = FaultType.parse(token.substring(0, open));
        String inside = token.substring(open + 1, token.length() - 1).trim();
        if (inside.isEmpty()) {
            throw new UserError("bad fault '" + token + "' in '" + whole + "': empty layer list (write "
                    + type + " for no layers)");
        }
        List<Integer> layers = new ArrayList<>();
        for (String n : inside.split(",")) {
            try {
                int layer = Integer.parseInt(n.trim());
                if (layer < 0) throw new NumberFormatException();
                layers.add(layer);
            } catch (NumberFormatException e) {
                throw new UserError("bad layer index '" + n.trim() + "' in '" + whole
                        + "' (expected a layer number >= 0)");
            }
        }
        return new Fault(type, layers);
    }

    private static List<String> splitTopLevel(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == separator && depth == 0) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().trim());
        return parts;
    }

    /** Whether the list holds no fault (empty or N/A). */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every reading of every group, flattened. */
    public List<Fault> faults() {
        return groups.stream().flatMap(g -> g.readings().stream()).toList();
    }

    @Override
    public String toString() {
        if (notApplicable) return NOT_APPLICABLE;
        if (groups.isEmpty()) return NONE;
        return groups.stream().map(FaultGroup::toString).collect(Collectors.joining(", "));
    }
}

package dev.dnnfl.spec;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One family of Keras names (activations, losses, …): the canonical spellings in the order they
 * are listed to users, and the aliases Keras also accepts ({@code mse} for
 * {@code mean_squared_error}). Lookup is forgiving about case, hyphens and Keras' class-name
 * spelling ({@code GlorotUniform}, {@code RMSprop}), and always answers with the canonical name.
 */
public record KerasNames(String what, List<String> canonical, Map<String, String> aliases) {
    public KerasNames {
        Objects.requireNonNull(what, "what");
        canonical = List.copyOf(canonical);
        aliases = Map.copyOf(aliases);
        for (String target : aliases.values()) {
            if (!canonical.contains(target)) {
                throw new IllegalArgumentException("alias target '" + target + "' is not a canonical " + what);
            }
        }
    }

    /** A family without aliases. */
    public static KerasNames of(String what, String... canonical) {
        return new KerasNames(what, List.of(canonical), Map.of());
    }

    /** The same family with aliases added, given as alias, canonical, alias, canonical, …. */
    public KerasNames withAliases(String... pairs) {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("aliases come in pairs, found " + pairs.length + " names");
        Map<String, String> all = new LinkedHashMap<>(aliases);
        for (int i = 0; i < pairs.length; i += 2) all.put(pairs[i], pairs[i + 1]);
        return new KerasNames(what, canonical, all);
    }

    /** The canonical spelling of a name, or empty when the name is not one of this family. */
    public Optional<String> canonical(String spelled) {
        if (spelled == null) return Optional.empty();
        for (String key : List.of(spelled, spelled.trim(), normalise(spelled))) {
            if (canonical.contains(key)) return Optional.of(key);
            if (aliases.containsKey(key)) return Optional.of(aliases.get(key));
        }
        return Optional.empty();
    }

    /** Whether the name (or an alias of it) belongs to this family. */
    public boolean contains(String spelled) {
        return canonical(spelled).isPresent();
    }

    /** The canonical names as users read them in messages: {@code relu, sigmoid, tanh}. */
    public String expected() {
        return String.join(", ", canonical);
    }

    /**
     * The message for a name that is not in the family, naming the closest canonical name when
     * it is near enough to be a typo:
     * {@code unknown activation 'relux' (expected one of: relu, …; did you mean 'relu'?)}.
     */
    public String unknown(String spelled) {
        String hint = closest(spelled, canonical).map(c -> "; did you mean '" + c + "'?").orElse("");
        return "unknown " + what + " '" + spelled + "' (expected one of: " + expected() + hint + ")";
    }

    /**
     * The known name closest to a misspelt one by edit distance, when the distance is small
     * enough (at most a third of the name, and at least 1) to be a plausible typo.
     */
    public static Optional<String> closest(String spelled, Collection<String> known) {
        if (spelled == null) return Optional.empty();
        String s = normalise(spelled);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = editDistance(s, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, s.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * A name in Keras' snake case: lower case, hyphens and spaces as underscores, class-name
     * spelling split at case changes ({@code GlorotUniform} → {@code glorot_uniform}).
     */
    public static String normalise(String name) {
        String t = name.trim().replace('-', '_').replace(' ', '_');
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(t.charAt(i - 1));
            if (boundary) out.append('_');
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package dev.dnnfl.rules;

import dev.dnnfl.spec.UserError;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One of the three rule packs under {@code rules/}: its technique code as the study and the
 * scorer spell it, and its DRL file.
 */
public enum RulePack {
    DEEPDIAGNOSIS("DD", "deepdiagnosis.drl", true),
    UMLAUT("UM", "umlaut.drl", true),
    NEURALINT("NL", "neuralint.drl", false);

    private final String code;
    private final String file;
    private final boolean needsTraining;

    RulePack(String code, String file, boolean needsTraining) {
        this.code = code;
        this.file = file;
        this.needsTraining = needsTraining;
    }

    /** The technique code ({@code DD}, {@code UM}, {@code NL}): the first word of every rule name. */
    public String code() {
        return code;
    }

    /** The DRL file name under the rules folder. */
    public String file() {
        return file;
    }

    /** The DRL file names of every pack, in declaration order. */
    public static java.util.List<String> files() {
        return Arrays.stream(values()).map(RulePack::file).toList();
    }

    /** Whether the pack's checks look at training telemetry (NeuraLint's are static only). */
    public boolean needsTraining() {
        return needsTraining;
    }

    /** The pack of a technique code, case-insensitive ({@code dd}, {@code um}, {@code nl}). */
    public static RulePack parse(String code) {
        for (RulePack p : values()) {
            if (p.code.equalsIgnoreCase(code.trim())) return p;
        }
        throw new UserError("unknown technique '" + code + "' (expected one of: "
                + Arrays.stream(values()).map(p -> p.code.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
    }
}

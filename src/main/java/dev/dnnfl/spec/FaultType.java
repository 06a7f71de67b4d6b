package dev.dnnfl.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The fault types of the study's Table 1, by their three-letter codes. */
public enum FaultType {
    HBS("wrong batch size"),
    HLR("wrong learning rate"),
    HNE("wrong number of epochs"),
    ACH("wrong activation function"),
    RAW("redundant weights regularisation"),
    WCI("wrong weights initialisation"),
    LCH("wrong loss function"),
    OCH("wrong optimiser"),
    LRM("missing layer"),
    LAD("redundant layer"),
    LCN("wrong number of neurons in a layer"),
    LCF("wrong filter size"),
    BCI("wrong bias initialisation"),
    CPP("wrong data preprocessing"),
    // Only in tool outputs: missing validation set, wrong input shape.
    VRM("missing validation set"),
    IWS("wrong input shape");

    private final String description;

    FaultType(String description) {
        this.description = description;
    }

    /** What the fault type means, in words. */
    public String description() {
        return description;
    }

    /** The type of a three-letter code, or a {@link UserError} that lists the known codes. */
    public static FaultType parse(String code) {
        try {
            // The study writes codes in capitals; lower case is accepted as the same code.
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown fault type '" + code + "' (expected one of: "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }
}

package dev.dnnfl.rules;

/**
 * {@code rules/umlaut.drl} with the compatibility switch {@code referenceSoftmaxCheck} turned on,
 * compiled once: what a user gets by editing that one line of the limits block.
 */
final class UmlautReference {
    static final TestRules SHARED = EditedRules.of(RulePack.UMLAUT,
            "referenceSoftmaxCheck : boolean = false", "referenceSoftmaxCheck : boolean = true");

    private UmlautReference() {
    }
}

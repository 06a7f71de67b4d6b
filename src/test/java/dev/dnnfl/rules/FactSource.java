package dev.dnnfl.rules;

import java.util.List;

/** A test builder that stands for one or more facts; {@link TestRules#fire} expands it. */
interface FactSource {
    /** The facts this builder stands for, in insertion order. */
    List<Object> facts();
}

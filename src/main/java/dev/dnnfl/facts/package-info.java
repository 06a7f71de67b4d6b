/**
 * Immutable facts that the rule packs match on, derived from a subject and its telemetry.
 */
package dev.dnnfl.facts;

/**
 * Mutation operators that produce RFC 6902 patches on a subject, and statistical killing.
 */
package dev.dnnfl.mutation;

/**
 * Subject specifications (Keras vocabulary), RFC 6902 patches, the fault notation and the
 * patch-to-faults mapping; also {@link dev.dnnfl.spec.UserError}, the error every stage throws for bad input.
 */
package dev.dnnfl.spec;

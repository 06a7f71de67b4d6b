/**
 * Training a subject with DeepLearning4J: network building with Keras semantics, seeded runs.
 */
package dev.dnnfl.train;

/**
 * Whole-suite runs over the benchmark subjects and the study's tables.
 */
package dev.dnnfl.benchmark;

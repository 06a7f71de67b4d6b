/**
 * Scoring localisations against ground truths and their alternatives: RC, PR and F3.
 */
package dev.dnnfl.score;

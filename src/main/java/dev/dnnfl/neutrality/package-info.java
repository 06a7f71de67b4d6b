/**
 * Neutrality analysis (the study's Algorithm 1): alternative ground truths by search.
 */
package dev.dnnfl.neutrality;

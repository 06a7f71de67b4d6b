/**
 * Training telemetry: per-iteration, per-epoch and per-layer statistics, recorded live and
 * stored as JSON Lines for offline analysis.
 */
package dev.dnnfl.telemetry;

/**
 * Loading the DRL rule packs under rules/, running sessions live or offline, and findings.
 */
package dev.dnnfl.rules;

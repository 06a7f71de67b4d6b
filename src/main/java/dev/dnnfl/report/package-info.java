/**
 * Rendering result records as text, Markdown, TSV and JSON.
 */
package dev.dnnfl.report;

/**
 * The picocli commands of dnnfl; they only wire stages together.
 */
package dev.dnnfl.cli;

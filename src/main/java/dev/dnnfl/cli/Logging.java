package dev.dnnfl.cli;

/**
 * Quiet library logging by default (SLF4J simple binding at warn level); {@code -v} shows
 * progress logs of DL4J and Drools on stderr.
 */
final class Logging {
    private Logging() {
    }

    static void configure(boolean verbose) {
        // slf4j-simple reads these once, at its first use: set them before any stage logs.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "false");
        // Drools logs a broken DRL file as an error of its own; the user already gets it as one
        // "dnnfl: rules/x.drl:LINE:COL: …" line, so the library's copy shows only with -v.
        System.setProperty("org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl", verbose ? "info" : "off");
        // Drools' advice on constraint style ("causes class reactivity") is for rule authors, not users.
        System.setProperty("org.slf4j.simpleLogger.log.org.drools.mvel.MVELConstraint", verbose ? "info" : "error");
    }
}

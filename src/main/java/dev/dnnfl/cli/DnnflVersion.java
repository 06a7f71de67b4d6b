package dev.dnnfl.cli;

import picocli.CommandLine;

/**
 * The dnnfl version that {@code --version} prints and score provenance records: the jar's
 * {@code Implementation-Version}, the same value diagnosis provenance reads, so one build never
 * reports two versions.
 */
final class DnnflVersion implements CommandLine.IVersionProvider {
    /** The version when dnnfl runs from classes rather than its jar (as in tests): the pom's. */
    static final String UNPACKAGED = "0.1.0-SNAPSHOT";

    /** The version number alone, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String number() {
        String v = Dnnfl.class.getPackage().getImplementationVersion();
        return v == null ? UNPACKAGED : v;
    }

    @Override
    public String[] getVersion() {
        return new String[]{"dnnfl " + number()};
    }
}

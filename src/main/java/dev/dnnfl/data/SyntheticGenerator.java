package dev.dnnfl.data;

import dev.dnnfl.spec.DatasetSpec;
import dev.dnnfl.spec.UserError;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of synthetic samples, the stand-in for a dataset that cannot be downloaded.
 * Every draw comes from the generator passed in, so the same seed gives the same samples.
 */
interface SyntheticGenerator {

    /** The names after {@code synthetic:} that {@link #of} accepts. */
    List<String> KINDS = List.of("circles", "blobs", "spirals", "topics", "textures", "regression");

    /** {@code n} samples drawn from {@code random}. */
    Samples generate(int n, SplittableRandom random);

    /**
     * The generator a dataset specification names, its parameters checked.
     *
     * @throws UserError for an unknown kind or a bad parameter
     */
    static SyntheticGenerator of(DatasetSpec spec) {
        String kind = spec.source().substring("synthetic:".length());
        SyntheticParameters p = new SyntheticParameters(spec);
        return switch (kind) {
            case "circles" -> CirclesGenerator.of(p);
            case "blobs" -> BlobsGenerator.of(p);
            case "spirals" -> SpiralsGenerator.of(p);
            case "topics" -> TopicsGenerator.of(p);
            case "textures" -> TexturesGenerator.of(p);
            case "regression" -> RegressionGenerator.of(p);
            default -> throw UserError.atField(null, "/dataset/source", "unknown synthetic source '"
                    + spec.source() + "' (expected one of: synthetic:" + String.join(", synthetic:", KINDS) + ")");
        };
    }
}

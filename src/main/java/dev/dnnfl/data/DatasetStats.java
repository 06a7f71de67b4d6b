package dev.dnnfl.data;

/**
 * Summary statistics of a loaded dataset, split by split: what the rule packs know of the data
 * (see {@link SplitStats}). Computed once per dataset, after preprocessing.
 */
public record DatasetStats(String name, int classes, SplitStats train, SplitStats validation, SplitStats test) {

    /** The statistics of every split of {@code dataset}. */
    public static DatasetStats of(Dataset dataset) {
        return new DatasetStats(dataset.name(), dataset.classes(), SplitStats.of("train", dataset.train()),
                SplitStats.of("validation", dataset.validation()), SplitStats.of("test", dataset.test()));
    }
}

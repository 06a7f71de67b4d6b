/**
 * Datasets: seeded synthetic generators, IDX/CSV/ARFF/NPY loaders, splits and preprocessing.
 * {@link dev.dnnfl.data.DatasetLoader} is the entry point; {@link dev.dnnfl.data.DatasetStats} summarises a dataset.
 */
package dev.dnnfl.data;

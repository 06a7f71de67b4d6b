/**
 * Datasets: seeded synthetic generators, IDX/CSV/ARFF/NPY loaders, splits and preprocessing.
 */
package dev.dnnfl.data;

/**
 * The DeepFD path: run features, Weka classifiers, training and prediction.
 */
package dev.dnnfl.deepfd;

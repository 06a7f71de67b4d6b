package dev.dnnfl.deepfd;

/**
 * Cross-validated quality of one binary classifier for one label: precision, recall and F1 of
 * the positive class (0 when undefined), over {@code rows} rows of which {@code positives} carry
 * the label.
 */
public record LabelScore(double precision, double recall, double f1, int positives, int rows) {
}

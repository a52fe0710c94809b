package io.github.rider.algorithms.nn;

import java.util.Arrays;

/**
 * A labelled data set held in primitive arrays: sample i's input is
 * {@code inputs[i * features .. (i + 1) * features)} (for images: row-major pixels scaled to
 * [0, 1]), its class {@code labels[i]} in [0, classes).
 */
public record Dataset(float[] inputs, int[] labels, int features, int classes) {

  /** Validates shapes and labels. */
  public Dataset {
    if (features <= 0) {
      throw new IllegalArgumentException("features must be > 0, was " + features);
    }
    if (classes <= 1) {
      throw new IllegalArgumentException("classes must be > 1, was " + classes);
    }
    if (labels.length == 0 || inputs.length != (long) labels.length * features) {
      throw new IllegalArgumentException("inputs must hold labels.length * features = "
          + (long) labels.length * features + " values, held " + inputs.length);
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new IllegalArgumentException("label " + i + " must be in [0, " + classes + "), was " + labels[i]);
      }
    }
  }

  /** Number of samples. */
  public int count() {
    return labels.length;
  }

  /** Copies sample i's input into {@code out[0 .. features)}. */
  public void copyInput(int i, double[] out) {
    int o = i * features;
    for (int j = 0; j < features; j++) {
      out[j] = inputs[o + j];
    }
  }

  /** The first {@code n} samples (the bundled MNIST files interleave classes, so this stays balanced). */
  public Dataset head(int n) {
    if (n <= 0 || n > count()) {
      throw new IllegalArgumentException("n must be in [1, " + count() + "], was " + n);
    }
    return n == count() ? this
        : new Dataset(Arrays.copyOf(inputs, n * features), Arrays.copyOf(labels, n), features, classes);
  }
}

package io.github.rider.algorithms.nn;

/**
 * Softmax cross-entropy on the logits z of one sample with label t (PyTorch's
 * {@code CrossEntropyLoss}, i.e. LogSoftmax + NLL): loss = -log p_t with
 * p = softmax(z) = e^{z - max z} / sum e^{z - max z}, gradient dz = scale (p - e_t).
 * With {@code scale} = 1/B this is the gradient of the mini-batch mean loss.
 */
public final class SoftmaxCrossEntropy {
  private SoftmaxCrossEntropy() {}

  /**
   * Returns -log p_label and writes scale (p - e_label) into {@code grad} (may be {@code z}
   * itself).
   */
  public static double lossAndGradient(double[] z, int n, int label, double scale, double[] grad) {
    if (label < 0 || label >= n) {
      throw new IllegalArgumentException("label must be in [0, " + n + "), was " + label);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, z[i]);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.exp(z[i] - max);
    }
    double logSum = Math.log(sum) + max;
    double loss = logSum - z[label];
    for (int i = 0; i < n; i++) {
      grad[i] = scale * (Math.exp(z[i] - logSum) - (i == label ? 1 : 0));
    }
    return loss;
  }

  /** Index of the largest logit (the first on ties; a NaN logit counts as largest). */
  public static int argmax(double[] z, int n) {
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (z[i] > z[best] || Double.isNaN(z[i]) && !Double.isNaN(z[best])) {
        best = i;
      }
    }
    return best;
  }
}

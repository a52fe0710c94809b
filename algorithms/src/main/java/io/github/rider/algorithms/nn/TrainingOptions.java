package io.github.rider.algorithms.nn;

/**
 * Settings of one {@link NetworkTrainer} run.
 *
 * @param epochs passes over the training set (>= 1)
 * @param batch mini-batch size B (>= 1; the paper uses 10 for the FCN, 8 for LeNet-5)
 * @param lr global learning rate alpha of W &lt;- W - alpha grad (> 0)
 * @param saturationBound divergence check: a matrix all of whose entries have
 *     |w| >= saturationBound counts as pinned at its bounds; {@code Double.POSITIVE_INFINITY}
 *     switches the check off (the digital twin has no bounds)
 */
public record TrainingOptions(int epochs, int batch, double lr, double saturationBound) {

  /** Validates every component. */
  public TrainingOptions {
    if (epochs <= 0) {
      throw new IllegalArgumentException("epochs must be > 0, was " + epochs);
    }
    if (batch <= 0) {
      throw new IllegalArgumentException("batch must be > 0, was " + batch);
    }
    if (!(lr > 0) || Double.isInfinite(lr)) {
      throw new IllegalArgumentException("lr must be finite and > 0, was " + lr);
    }
    if (!(saturationBound > 0)) {
      throw new IllegalArgumentException("saturationBound must be > 0 (or +infinity for none), was " + saturationBound);
    }
  }

  /** Options without the saturation check. */
  public static TrainingOptions of(int epochs, int batch, double lr) {
    return new TrainingOptions(epochs, batch, lr, Double.POSITIVE_INFINITY);
  }

  /** A copy with another saturation bound. */
  public TrainingOptions withSaturationBound(double bound) {
    return new TrainingOptions(epochs, batch, lr, bound);
  }
}

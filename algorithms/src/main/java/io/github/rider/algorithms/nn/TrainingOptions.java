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
 * @param miniBatches training stops after this many mini-batches in all (>= 1), inside an epoch
 *     if need be (the last epoch's loss is then its mean over the mini-batches run);
 *     {@code Long.MAX_VALUE} runs every epoch in full
 */
public record TrainingOptions(int epochs, int batch, double lr, double saturationBound,
    long miniBatches) {

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
    if (miniBatches < 1) {
      throw new IllegalArgumentException("miniBatches must be >= 1, was " + miniBatches);
    }
  }

  /** Options that run every epoch in full. */
  public TrainingOptions(int epochs, int batch, double lr, double saturationBound) {
    this(epochs, batch, lr, saturationBound, Long.MAX_VALUE);
  }

  /**
   * Options for a run of {@code miniBatches} mini-batches of {@code batch} over {@code samples}
   * training samples: ceil(miniBatches / ceil(samples / batch)) epochs, the last one cut short.
   */
  public static TrainingOptions ofMiniBatches(long miniBatches, int samples, int batch, double lr,
      double saturationBound) {
    if (samples < 1 || batch < 1 || miniBatches < 1) {
      throw new IllegalArgumentException("samples, batch and miniBatches must be >= 1, were "
          + samples + ", " + batch + ", " + miniBatches);
    }
    long perEpoch = (samples + batch - 1) / batch;
    long epochs = (miniBatches + perEpoch - 1) / perEpoch;
    if (epochs > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many epochs: " + epochs);
    }
    return new TrainingOptions((int) epochs, batch, lr, saturationBound, miniBatches);
  }

  /** Options without the saturation check. */
  public static TrainingOptions of(int epochs, int batch, double lr) {
    return new TrainingOptions(epochs, batch, lr, Double.POSITIVE_INFINITY);
  }

  /** A copy with another saturation bound. */
  public TrainingOptions withSaturationBound(double bound) {
    return new TrainingOptions(epochs, batch, lr, bound, miniBatches);
  }
}

package io.github.rider.algorithms.nn;

/** Told after every mini-batch, e.g. to draw a progress bar (library code prints nothing). */
@FunctionalInterface
public interface ProgressListener {
  /** No progress reporting. */
  ProgressListener NONE = (epoch, epochs, done, total, meanLoss) -> {};

  /**
   * {@code done} of {@code total} samples of epoch {@code epoch} (1-based, of {@code epochs})
   * are trained; {@code meanLoss} is their mean loss so far.
   */
  void progress(int epoch, int epochs, int done, int total, double meanLoss);
}

package io.github.rider.algorithms.nn;

import java.util.List;

/**
 * Outcome of a {@link NetworkTrainer} run.
 *
 * @param epochs one entry per epoch run (fewer than asked when training diverged)
 * @param testAccuracy final test accuracy in [0, 1]
 * @param diverged whether training diverged (by the rules of {@link NetworkTrainer}: non-finite
 *     loss or weights, a matrix pinned at its bounds, or an exploding loss)
 * @param divergence what diverged and when, empty when it did not
 * @param divergedEpoch the epoch in which divergence was found (1-based), 0 when it was not
 * @param pulses pulses fired in total
 * @param programmingOps programming operations in total
 */
public record TrainingReport(List<EpochResult> epochs, double testAccuracy, boolean diverged,
    String divergence, int divergedEpoch, long pulses, long programmingOps) {

  /** Copies the epoch list. */
  public TrainingReport {
    epochs = List.copyOf(epochs);
  }
}

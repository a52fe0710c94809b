package io.github.rider.algorithms;

/**
 * Pulse and programming accounting of one run. Pulses are counted per element (all elements of
 * all arrays); "cycles" count array-parallel pulse slots (sum over updates of the largest
 * per-element count), the time cost the paper has in mind when it says ZS costs N pulses.
 *
 * @param calibration        pulses fired by calibration (ZS) over all elements, &gt;= 0
 * @param calibrationCycles  array-parallel pulse slots of calibration (= N for ZS), &gt;= 0
 * @param training           pulses actually fired on P and W during training, all elements
 * @param trainingCycles     array-parallel pulse slots of training, summed over P and W
 * @param trainingNominal    the paper's convention (Corollary 3.9): iterations x BL x number of
 *                           analog arrays updated per iteration
 * @param programming        element writes by weight programming during the run (E-RIDER's
 *                           Q-tilde resets); the initial state is not counted
 */
public record PulseCounts(long calibration, long calibrationCycles, long training,
    long trainingCycles, long trainingNominal, long programming) {

  public PulseCounts {
    check("calibration", calibration);
    check("calibrationCycles", calibrationCycles);
    check("training", training);
    check("trainingCycles", trainingCycles);
    check("trainingNominal", trainingNominal);
    check("programming", programming);
  }

  private static void check(String name, long v) {
    if (v < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + v);
    }
  }

  /** Calibration plus training pulses (per element). */
  public long totalPulses() {
    return calibration + training;
  }
}

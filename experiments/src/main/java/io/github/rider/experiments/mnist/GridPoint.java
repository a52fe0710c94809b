package io.github.rider.experiments.mnist;

/**
 * One point of the reference grid of the paper's Tables 1 and 2 (arXiv 2602.21321):
 * the mean and standard deviation of the per-device reference (AIHWKit reference_mean /
 * reference_std), 'Ref Mean' and 'Ref Std'.
 *
 * @param refMean 'Ref Mean' (finite)
 * @param refStd  'Ref Std' (&gt;= 0)
 */
public record GridPoint(double refMean, double refStd) {

  public GridPoint {
    if (!Double.isFinite(refMean) || !(refStd >= 0)) {
      throw new IllegalArgumentException("refMean must be finite and refStd >= 0, was "
          + refMean + ", " + refStd);
    }
  }
}

package io.github.rider.verification.gen;

/**
 * The residual reference offset of paper eq. (105): o_r = mu_r + sigma_r xi per device, i.e. the
 * "Ref Mean" / "Ref Std" of Tables 1-2 (AIHWKit reference_mean / reference_std).
 *
 * @param mean mean mu_r (weight units, finite)
 * @param std  device-to-device standard deviation sigma_r (weight units, &gt;= 0)
 */
public record ReferenceOffset(double mean, double std) {

  public ReferenceOffset {
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("mean must be finite, was " + mean);
    }
    if (!(std >= 0) || Double.isInfinite(std)) {
      throw new IllegalArgumentException("std must be finite and >= 0, was " + std);
    }
  }

  /** The offset of one device given a standard normal draw xi. */
  public double offset(double xi) {
    return mean + std * xi;
  }
}

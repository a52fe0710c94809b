package io.github.rider.device.response;

/**
 * The paper's linear device (arXiv 2602.21321, App. F.1, eq. 103):
 * q+(w) = alphaPlus (1 - w/tauMax), q-(w) = alphaMinus (1 + w/tauMin), on the range
 * [-tauMin, tauMax] where the steps vanish.
 *
 * <p>Symmetric point (solving q+ = q-): w* = (alphaPlus - alphaMinus) / (alphaPlus/tauMax +
 * alphaMinus/tauMin). Erratum: eq. (104) prints a minus sign in the denominator; that is the
 * AIHWKit SoftBounds formula with a signed (negative) lower bound b_min = -tauMin, and with the
 * positive tauMin of (103) the plus sign is right (App. F.1).
 *
 * @param alphaPlus  up-step scale alpha_+ (dimensionless, &gt; 0)
 * @param alphaMinus down-step scale alpha_- (dimensionless, &gt; 0)
 * @param tauMax     upper saturation tau_max (weight units, &gt; 0)
 * @param tauMin     magnitude of the lower saturation tau_min (weight units, &gt; 0)
 */
public record LinearResponse(double alphaPlus, double alphaMinus, double tauMax, double tauMin)
    implements AffineResponse {

  public LinearResponse {
    ResponseAnalysis.requirePositive("alphaPlus", alphaPlus);
    ResponseAnalysis.requirePositive("alphaMinus", alphaMinus);
    ResponseAnalysis.requirePositive("tauMax", tauMax);
    ResponseAnalysis.requirePositive("tauMin", tauMin);
  }

  @Override
  public double p0() {
    return alphaPlus;
  }

  @Override
  public double p1() {
    return -alphaPlus / tauMax;
  }

  @Override
  public double m0() {
    return alphaMinus;
  }

  @Override
  public double m1() {
    return alphaMinus / tauMin;
  }

  @Override
  public double wMin() {
    return -tauMin;
  }

  @Override
  public double wMax() {
    return tauMax;
  }

  /** The closed form (eq. 104 with the sign corrected); always inside the range. */
  @Override
  public double symmetricPoint() {
    return (alphaPlus - alphaMinus) / (alphaPlus / tauMax + alphaMinus / tauMin);
  }

  public LinearResponse withAlphaPlus(double v) {
    return new LinearResponse(v, alphaMinus, tauMax, tauMin);
  }

  public LinearResponse withAlphaMinus(double v) {
    return new LinearResponse(alphaPlus, v, tauMax, tauMin);
  }

  public LinearResponse withTauMax(double v) {
    return new LinearResponse(alphaPlus, alphaMinus, v, tauMin);
  }

  public LinearResponse withTauMin(double v) {
    return new LinearResponse(alphaPlus, alphaMinus, tauMax, v);
  }
}

package io.github.rider.device.response;


/**
 * AIHWKit PowStep (docs/devices.md §2, a Fusi-Abbott-type model), with R = bMax - bMin:
 * q+(w) = aUp ((bMax - w)/R)^gammaUp and q-(w) = aDown ((w - bMin)/R)^gammaDown on
 * [bMin, bMax]. A device with bMax = bMin has zero steps (AIHWKit skips it). The bases are
 * clamped at 0, so a w a rounding error outside the range gives 0, not NaN.
 *
 * <p>Symmetric point: closed form when gammaUp = gammaDown = gamma,
 * w* = bMin + R/(1 + (aDown/aUp)^(1/gamma)); otherwise the bracketed root of G
 * ({@link ResponseAnalysis#numericSymmetricPoint}). Derivatives are analytic; constants are
 * sampled ({@link ResponseAnalysis#sampledConstants}).
 *
 * @param aUp       up-step multiplier alpha_up/dw_min (dimensionless)
 * @param aDown     down-step multiplier alpha_down/dw_min (dimensionless)
 * @param gammaUp   up exponent gamma_up (dimensionless)
 * @param gammaDown down exponent gamma_down (dimensionless)
 * @param bMin      lower bound (weight units)
 * @param bMax      upper bound (weight units, &gt;= bMin)
 */
public record PowStepResponse(
    double aUp, double aDown, double gammaUp, double gammaDown, double bMin, double bMax)
    implements AnalyticResponse, HardBounded {

  public PowStepResponse {
    ResponseAnalysis.requireFinite("aUp", aUp);
    ResponseAnalysis.requireFinite("aDown", aDown);
    ResponseAnalysis.requireFinite("gammaUp", gammaUp);
    ResponseAnalysis.requireFinite("gammaDown", gammaDown);
    ResponseAnalysis.requireRange(bMin, bMax);
  }

  private double range() {
    return bMax - bMin;
  }

  /**
   * One PowStep step multiplier: alpha (distance/range)^gamma, the base clamped at 0, and 0 for
   * a zero range (shared with the allocation-free array kernel).
   */
  public static double step(double alpha, double gamma, double distance, double range) {
    return range == 0 ? 0 : alpha * Math.pow(Math.max(0, distance / range), gamma);
  }

  @Override
  public double qPlus(double w) {
    return step(aUp, gammaUp, bMax - w, range());
  }

  @Override
  public double qMinus(double w) {
    return step(aDown, gammaDown, w - bMin, range());
  }

  @Override
  public double dqPlus(double w) {
    return range() == 0
        ? 0
        : -aUp * gammaUp / range() * Math.pow(Math.max(0, (bMax - w) / range()), gammaUp - 1);
  }

  @Override
  public double dqMinus(double w) {
    return range() == 0
        ? 0
        : aDown * gammaDown / range() * Math.pow(Math.max(0, (w - bMin) / range()), gammaDown - 1);
  }

  @Override
  public double symmetricPoint() {
    if (gammaUp == gammaDown && gammaUp != 0 && aUp > 0 && aDown > 0) {
      return bMin + range() / (1 + Math.pow(aDown / aUp, 1 / gammaUp));
    }
    return ResponseAnalysis.numericSymmetricPoint(this);
  }
}

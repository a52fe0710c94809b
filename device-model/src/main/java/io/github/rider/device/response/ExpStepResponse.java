package io.github.rider.device.response;


/**
 * AIHWKit ExpStep (docs/devices.md §2): with z = 2 a w/(bMax - bMin) + b,
 * q+(w) = aUp max(0, 1 - expAUp e^(gammaUp z)) and q-(w) = aDown max(0, 1 - expADown
 * e^(-gammaDown z)) on [bMin, bMax] (z = b when bMax = bMin). Negative expA values (the ReRam-ES
 * preset) make the steps grow instead of saturate.
 *
 * <p>Symmetric point: closed form for equal positive exponents ({@link #symmetricPoint}), else
 * the numerical root of q+ = q- ({@link ResponseAnalysis#numericSymmetricPoint}); derivatives
 * analytic (0 where the max(0, .) is active); constants sampled.
 *
 * @param aUp       up-step multiplier alpha_up/dw_min (dimensionless)
 * @param aDown     down-step multiplier alpha_down/dw_min (dimensionless)
 * @param expAUp    AIHWKit A_up (dimensionless)
 * @param expADown  AIHWKit A_down (dimensionless)
 * @param gammaUp   AIHWKit gamma_up (dimensionless)
 * @param gammaDown AIHWKit gamma_down (dimensionless)
 * @param a         AIHWKit a, slope of z (dimensionless)
 * @param b         AIHWKit b, offset of z (dimensionless)
 * @param bMin      lower bound (weight units)
 * @param bMax      upper bound (weight units, &gt;= bMin)
 */
public record ExpStepResponse(
    double aUp,
    double aDown,
    double expAUp,
    double expADown,
    double gammaUp,
    double gammaDown,
    double a,
    double b,
    double bMin,
    double bMax)
    implements AnalyticResponse, HardBounded {

  public ExpStepResponse {
    ResponseAnalysis.requireFinite("aUp", aUp);
    ResponseAnalysis.requireFinite("aDown", aDown);
    ResponseAnalysis.requireFinite("expAUp", expAUp);
    ResponseAnalysis.requireFinite("expADown", expADown);
    ResponseAnalysis.requireFinite("gammaUp", gammaUp);
    ResponseAnalysis.requireFinite("gammaDown", gammaDown);
    ResponseAnalysis.requireFinite("a", a);
    ResponseAnalysis.requireFinite("b", b);
    ResponseAnalysis.requireRange(bMin, bMax);
  }

  private double dz() {
    return bMax > bMin ? 2 * a / (bMax - bMin) : 0;
  }

  private double z(double w) {
    return z(a, b, bMin, bMax, w);
  }

  /** z = 2 a w/(bMax - bMin) + b (b when bMax = bMin), shared with the array kernel. */
  public static double z(double a, double b, double bMin, double bMax, double w) {
    return bMax > bMin ? 2 * a / (bMax - bMin) * w + b : b;
  }

  /** One ExpStep step multiplier alpha max(0, 1 - expA e^exponent), shared with the kernel. */
  public static double step(double alpha, double expA, double exponent) {
    return alpha * Math.max(0, 1 - expA * Math.exp(exponent));
  }

  @Override
  public double qPlus(double w) {
    return step(aUp, expAUp, gammaUp * z(w));
  }

  @Override
  public double qMinus(double w) {
    return step(aDown, expADown, -gammaDown * z(w));
  }

  @Override
  public double dqPlus(double w) {
    double e = expAUp * Math.exp(gammaUp * z(w));
    return 1 - e > 0 ? -aUp * e * gammaUp * dz() : 0;
  }

  @Override
  public double dqMinus(double w) {
    double e = expADown * Math.exp(-gammaDown * z(w));
    return 1 - e > 0 ? aDown * e * gammaDown * dz() : 0;
  }

  /**
   * With gamma_up = gamma_down = gamma &gt; 0 and a, A_up, A_down, aUp, aDown &gt; 0, q+ falls and
   * q- rises with w, so q+ = q- has one root, attracting: with x = e^(gamma z) it is the positive
   * root of aUp A_up x^2 - (aUp - aDown) x - aDown A_down = 0 (taken in the form free of
   * cancellation), z = ln(x) / gamma, w = (z - b)(bMax - bMin) / (2 a). Used when that w lies in
   * (bMin, bMax) with both steps positive there; otherwise, and for every other parameter set, the
   * numerical root.
   */
  @Override
  public double symmetricPoint() {
    if (gammaUp == gammaDown && gammaUp > 0 && a > 0 && expAUp > 0 && expADown > 0 && aUp > 0
        && aDown > 0 && bMax > bMin) {
      double d = aUp - aDown;
      double s = Math.sqrt(d * d + 4 * aUp * expAUp * aDown * expADown);
      double x = d >= 0 ? (d + s) / (2 * aUp * expAUp) : 2 * aDown * expADown / (s - d);
      double w = (Math.log(x) / gammaUp - b) * (bMax - bMin) / (2 * a);
      if (w > bMin && w < bMax && qPlus(w) > 0 && qMinus(w) > 0) {
        return w;
      }
    }
    return ResponseAnalysis.numericSymmetricPoint(this);
  }
}

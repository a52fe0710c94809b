package io.github.rider.device.response;

/**
 * AIHWKit ConstantStep (docs/devices.md §2): q+(w) = aUp, q-(w) = aDown on [bMin, bMax], where
 * aUp = alpha_up/dw_min and aDown = alpha_down/dw_min are the per-device step multipliers of
 * docs/devices.md §3. G = (aDown - aUp)/2 is constant, so there is no interior symmetric point: the
 * device drifts to bMax if aUp &gt; aDown, to bMin if aUp &lt; aDown; with aUp = aDown every point
 * is stationary and 0 (clamped to the range) is reported. mu_q = 0 and L_q = 0.
 *
 * @param aUp   up-step multiplier alpha_up/dw_min (dimensionless; negative only without
 *              enforce_consistency)
 * @param aDown down-step multiplier alpha_down/dw_min (dimensionless)
 * @param bMin  lower hard bound b_min (weight units)
 * @param bMax  upper hard bound b_max (weight units, &gt;= bMin)
 */
public record ConstantStepResponse(double aUp, double aDown, double bMin, double bMax)
    implements AffineResponse, HardBounded {

  public ConstantStepResponse {
    ResponseAnalysis.requireFinite("aUp", aUp);
    ResponseAnalysis.requireFinite("aDown", aDown);
    ResponseAnalysis.requireRange(bMin, bMax);
  }

  @Override
  public double p0() {
    return aUp;
  }

  @Override
  public double p1() {
    return 0;
  }

  @Override
  public double m0() {
    return aDown;
  }

  @Override
  public double m1() {
    return 0;
  }
}

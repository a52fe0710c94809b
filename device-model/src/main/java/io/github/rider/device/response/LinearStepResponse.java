package io.github.rider.device.response;

/**
 * AIHWKit LinearStep (docs/devices.md §2): q+(w) = aUp (1 - gammaUp w/rUp),
 * q-(w) = aDown (1 - gammaDown w/rDown) on [bMin, bMax]. The references are rUp = w_max,
 * rDown = w_min of the config with mean_bound_reference (AIHWKit's default), else the device's
 * own bounds b_max, b_min (rDown &lt; 0, so the down step grows with w). With gamma &gt; 1 a step
 * changes sign near its bound (then q_min &lt;= 0 and {@link #constants} refuses).
 *
 * <p>Symmetric point: (aUp - aDown) / (aUp gammaUp/rUp - aDown gammaDown/rDown), clamped to the
 * bounds (§2 table).
 *
 * @param aUp       up-step multiplier alpha_up/dw_min (dimensionless)
 * @param aDown     down-step multiplier alpha_down/dw_min (dimensionless)
 * @param gammaUp   up slope gamma_up (AIHWKit ls_decrease_up, dimensionless)
 * @param gammaDown down slope gamma_down (dimensionless)
 * @param rUp       up reference R_up (weight units, nonzero when gammaUp != 0)
 * @param rDown     down reference R_down (weight units, nonzero when gammaDown != 0)
 * @param bMin      lower hard bound (weight units)
 * @param bMax      upper hard bound (weight units, &gt;= bMin)
 */
public record LinearStepResponse(
    double aUp,
    double aDown,
    double gammaUp,
    double gammaDown,
    double rUp,
    double rDown,
    double bMin,
    double bMax)
    implements AffineResponse, HardBounded {

  public LinearStepResponse {
    ResponseAnalysis.requireFinite("aUp", aUp);
    ResponseAnalysis.requireFinite("aDown", aDown);
    ResponseAnalysis.requireFinite("gammaUp", gammaUp);
    ResponseAnalysis.requireFinite("gammaDown", gammaDown);
    ResponseAnalysis.requireFinite("rUp", rUp);
    ResponseAnalysis.requireFinite("rDown", rDown);
    if (gammaUp != 0 && rUp == 0) {
      throw new IllegalArgumentException("rUp must be nonzero when gammaUp != 0");
    }
    if (gammaDown != 0 && rDown == 0) {
      throw new IllegalArgumentException("rDown must be nonzero when gammaDown != 0");
    }
    ResponseAnalysis.requireRange(bMin, bMax);
  }

  @Override
  public double p0() {
    return aUp;
  }

  @Override
  public double p1() {
    return gammaUp == 0 ? 0 : -aUp * gammaUp / rUp;
  }

  @Override
  public double m0() {
    return aDown;
  }

  @Override
  public double m1() {
    return gammaDown == 0 ? 0 : -aDown * gammaDown / rDown;
  }
}

package io.github.rider.device.response;

/**
 * AIHWKit SoftBounds / SoftBoundsReference (docs/devices.md §2): q+(w) = aUp (1 - w/bMax),
 * q-(w) = aDown (1 - w/bMin) on [bMin, bMax] with bMin &lt;= 0 &lt;= bMax. As in AIHWKit, a
 * factor whose bound has the wrong sign (bMax &lt;= 0, resp. bMin &gt;= 0) is 0.
 *
 * <p>Symmetric point: (aUp - aDown) / (aUp/bMax - aDown/bMin) (the table of §2; for bounds
 * +-tau and up_down = u this is tau u/(2 - |u|)). This is the paper's linear device (eq. 103)
 * with alpha+ = aUp, alpha- = aDown, tau_max = bMax, tau_min = -bMin.
 *
 * @param aUp   up-step multiplier alpha_up/dw_min (dimensionless)
 * @param aDown down-step multiplier alpha_down/dw_min (dimensionless)
 * @param bMin  lower bound b_min (weight units, signed, usually &lt; 0)
 * @param bMax  upper bound b_max (weight units, &gt;= bMin)
 */
public record SoftBoundsResponse(double aUp, double aDown, double bMin, double bMax)
    implements AffineResponse, HardBounded {

  public SoftBoundsResponse {
    ResponseAnalysis.requireFinite("aUp", aUp);
    ResponseAnalysis.requireFinite("aDown", aDown);
    ResponseAnalysis.requireRange(bMin, bMax);
  }

  @Override
  public double p0() {
    return bMax > 0 ? aUp : 0;
  }

  @Override
  public double p1() {
    return bMax > 0 ? -aUp / bMax : 0;
  }

  @Override
  public double m0() {
    return bMin < 0 ? aDown : 0;
  }

  @Override
  public double m1() {
    return bMin < 0 ? -aDown / bMin : 0;
  }
}

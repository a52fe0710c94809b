package io.github.rider.device.response;

/**
 * Asymmetric linear device (ALD) of Wu, Gokmen, Rasch, Chen (NeurIPS 2024, arXiv 2406.12774),
 * with optional step multipliers for device-to-device variation:
 * q+(w) = aUp (1 - (w - sp)/tau), q-(w) = aDown (1 + (w - sp)/tau) on [sp - tau, sp + tau].
 * With aUp = aDown = 1 (the paper's form), F = 1, G = (w - sp)/tau and the symmetric point is
 * sp; in general it is sp + tau (aUp - aDown)/(aUp + aDown).
 *
 * @param aUp   up-step multiplier (dimensionless, &gt; 0; 1 in the paper)
 * @param aDown down-step multiplier (dimensionless, &gt; 0; 1 in the paper)
 * @param tau   half-width of the dynamic range tau (weight units, &gt; 0)
 * @param sp    centre of the range, the symmetric point when aUp = aDown (weight units)
 */
public record AldResponse(double aUp, double aDown, double tau, double sp)
    implements AffineResponse {

  public AldResponse {
    ResponseAnalysis.requirePositive("aUp", aUp);
    ResponseAnalysis.requirePositive("aDown", aDown);
    ResponseAnalysis.requirePositive("tau", tau);
    ResponseAnalysis.requireFinite("sp", sp);
  }

  /** The paper's ALD q+- = 1 -+ (w - sp)/tau. */
  public static AldResponse of(double tau, double sp) {
    return new AldResponse(1, 1, tau, sp);
  }

  @Override
  public double p0() {
    return aUp * (1 + sp / tau);
  }

  @Override
  public double p1() {
    return -aUp / tau;
  }

  @Override
  public double m0() {
    return aDown * (1 - sp / tau);
  }

  @Override
  public double m1() {
    return aDown / tau;
  }

  @Override
  public double wMin() {
    return sp - tau;
  }

  @Override
  public double wMax() {
    return sp + tau;
  }

  /** Closed form sp + tau (aUp - aDown)/(aUp + aDown). */
  @Override
  public double symmetricPoint() {
    return sp + tau * (aUp - aDown) / (aUp + aDown);
  }
}

package io.github.rider.device.response;


/**
 * Exponential response of Wu et al. (NeurIPS 2025, arXiv 2502.06309), with step multipliers for
 * device-to-device variation:
 * q+(w) = aUp (e^(gammaRes (1 - w/tau)) - 1)/(e^gammaRes - 1),
 * q-(w) = aDown (e^(gammaRes (1 + w/tau)) - 1)/(e^gammaRes - 1) on [-tau, tau].
 * With aUp = aDown (the paper's form) the symmetric point is 0 (closed form); otherwise it is the
 * bracketed root of G. Derivatives analytic; constants sampled.
 *
 * @param aUp      up-step multiplier (dimensionless, &gt; 0; 1 in the paper)
 * @param aDown    down-step multiplier (dimensionless, &gt; 0; 1 in the paper)
 * @param tau      half-width of the range (weight units, &gt; 0)
 * @param gammaRes rate gamma_res (dimensionless, &gt; 0)
 */
public record ExponentialResponse(double aUp, double aDown, double tau, double gammaRes)
    implements AnalyticResponse {

  public ExponentialResponse {
    ResponseAnalysis.requirePositive("aUp", aUp);
    ResponseAnalysis.requirePositive("aDown", aDown);
    ResponseAnalysis.requirePositive("tau", tau);
    ResponseAnalysis.requirePositive("gammaRes", gammaRes);
  }

  /** The paper's form, aUp = aDown = 1. */
  public static ExponentialResponse of(double tau, double gammaRes) {
    return new ExponentialResponse(1, 1, tau, gammaRes);
  }

  private double norm() {
    return Math.expm1(gammaRes);
  }

  /** One step multiplier alpha (e^(gammaRes x) - 1)/(e^gammaRes - 1), shared with the kernel. */
  public static double step(double alpha, double x, double gammaRes) {
    return alpha * Math.expm1(gammaRes * x) / Math.expm1(gammaRes);
  }

  @Override
  public double qPlus(double w) {
    return step(aUp, 1 - w / tau, gammaRes);
  }

  @Override
  public double qMinus(double w) {
    return step(aDown, 1 + w / tau, gammaRes);
  }

  @Override
  public double dqPlus(double w) {
    return -aUp * gammaRes / tau * Math.exp(gammaRes * (1 - w / tau)) / norm();
  }

  @Override
  public double dqMinus(double w) {
    return aDown * gammaRes / tau * Math.exp(gammaRes * (1 + w / tau)) / norm();
  }

  @Override
  public double wMin() {
    return -tau;
  }

  @Override
  public double wMax() {
    return tau;
  }

  @Override
  public double symmetricPoint() {
    return aUp == aDown ? 0.0 : ResponseAnalysis.numericSymmetricPoint(this);
  }
}

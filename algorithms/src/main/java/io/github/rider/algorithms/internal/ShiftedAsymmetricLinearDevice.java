package io.github.rider.algorithms.internal;

import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.ResponseConstants;

/**
 * Stop-gap until device-model ships its ALD: the asymmetric linear device of Wu et al. 2024 with
 * symmetric point sp, q+(w) = 1 - (w - sp)/tau, q-(w) = 1 + (w - sp)/tau on [sp - tau, sp + tau]
 * (paper §3.11), so F = 1 and G = (w - sp)/tau.
 *
 * @param sp  symmetric point
 * @param tau dynamic-range parameter (&gt; 0)
 */
public record ShiftedAsymmetricLinearDevice(double sp, double tau) implements ResponseFunction {

  public ShiftedAsymmetricLinearDevice {
    if (!(tau > 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be finite and > 0, was " + tau);
    }
    if (!Double.isFinite(sp)) {
      throw new IllegalArgumentException("sp must be finite, was " + sp);
    }
  }

  @Override
  public double qPlus(double w) {
    return 1 - (w - sp) / tau;
  }

  @Override
  public double qMinus(double w) {
    return 1 + (w - sp) / tau;
  }

  @Override
  public double wMin() {
    return sp - tau;
  }

  @Override
  public double wMax() {
    return sp + tau;
  }

  @Override
  public double symmetricPoint() {
    return sp;
  }

  @Override
  public ResponseConstants constants(double lo, double hi) {
    if (!(lo <= hi) || lo < wMin() || hi > wMax()) {
      throw new IllegalArgumentException("interval [" + lo + ", " + hi + "] must lie in ["
          + wMin() + ", " + wMax() + "]");
    }
    double qMin = Math.min(qPlus(hi), qMinus(lo));
    double qMax = Math.max(qPlus(lo), qMinus(hi));
    return new ResponseConstants(qMin, qMax, 1 / tau, 1 / tau);
  }
}

package io.github.rider.device.response;

import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.ResponseConstants;

/**
 * A response seen in effective-weight coordinates w_eff = g - r, where g is the device's physical
 * state and r its reference (differential read, docs/devices.md §6): q+-_eff(w) = q+-(w + r), range
 * [wMin - r, wMax - r], SP_eff = SP - r, and the constants on [lo, hi] are the base's on
 * [lo + r, hi + r].
 *
 * @param base      the response in physical coordinates
 * @param reference the reference r (weight units, finite)
 */
public record ShiftedResponse(ResponseFunction base, double reference) implements ResponseFunction {

  public ShiftedResponse {
    if (base == null) {
      throw new IllegalArgumentException("base response must not be null");
    }
    ResponseAnalysis.requireFinite("reference", reference);
  }

  /** {@code base} shifted by {@code reference}; shifts compose (no nested wrappers). */
  public static ShiftedResponse of(ResponseFunction base, double reference) {
    if (base instanceof ShiftedResponse s) {
      return new ShiftedResponse(s.base, s.reference + reference);
    }
    return new ShiftedResponse(base, reference);
  }

  @Override
  public double qPlus(double w) {
    return base.qPlus(w + reference);
  }

  @Override
  public double qMinus(double w) {
    return base.qMinus(w + reference);
  }

  @Override
  public double wMin() {
    return base.wMin() - reference;
  }

  @Override
  public double wMax() {
    return base.wMax() - reference;
  }

  @Override
  public boolean hasDerivatives() {
    return base.hasDerivatives();
  }

  @Override
  public double dqPlus(double w) {
    return base.dqPlus(w + reference);
  }

  @Override
  public double dqMinus(double w) {
    return base.dqMinus(w + reference);
  }

  @Override
  public double symmetricPoint() {
    return base.symmetricPoint() - reference;
  }

  @Override
  public ResponseConstants constants(double lo, double hi) {
    // a bound of this range maps back onto the base's bound exactly (no rounding outside it)
    double a = lo <= wMin() ? base.wMin() : lo + reference;
    double b = hi >= wMax() ? base.wMax() : hi + reference;
    if (lo < wMin() || hi > wMax()) {
      ResponseAnalysis.checkInterval(this, lo, hi);
    }
    return base.constants(Math.min(a, b), b);
  }
}

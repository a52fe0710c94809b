package io.github.rider.device.response;

import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.ResponseConstants;

/**
 * A response family with analytic derivatives whose SP and constants are computed numerically
 * unless the family overrides them: SP by {@link ResponseAnalysis#numericSymmetricPoint}, constants
 * by {@link ResponseAnalysis#sampledConstants} (package-private, not API).
 */
interface AnalyticResponse extends ResponseFunction {

  @Override
  default boolean hasDerivatives() {
    return true;
  }

  @Override
  double dqPlus(double w);

  @Override
  double dqMinus(double w);

  @Override
  default double symmetricPoint() {
    return ResponseAnalysis.numericSymmetricPoint(this);
  }

  @Override
  default ResponseConstants constants(double lo, double hi) {
    return ResponseAnalysis.sampledConstants(this, lo, hi);
  }
}

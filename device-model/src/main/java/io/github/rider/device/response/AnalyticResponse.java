package io.github.rider.device.response;

import io.github.rider.device.ResponseFunction;

/** A response family with analytic derivatives (package-private marker, not API). */
interface AnalyticResponse extends ResponseFunction {

  @Override
  default boolean hasDerivatives() {
    return true;
  }

  @Override
  double dqPlus(double w);

  @Override
  double dqMinus(double w);
}

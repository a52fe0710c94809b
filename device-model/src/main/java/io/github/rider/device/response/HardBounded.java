package io.github.rider.device.response;

import io.github.rider.device.ResponseFunction;

/** A response defined on a device's hard bounds [bMin, bMax] (package-private, not API). */
interface HardBounded extends ResponseFunction {

  /** Lower hard bound b_min (weight units). */
  double bMin();

  /** Upper hard bound b_max (weight units). */
  double bMax();

  @Override
  default double wMin() {
    return bMin();
  }

  @Override
  default double wMax() {
    return bMax();
  }
}

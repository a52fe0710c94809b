package io.github.rider.verification.properties;

/** Fig. 1b scaling: ZS floor ~ dw_min, pulses to a fixed relative error ~ 1/dw_min; biased pulses rejected. */
class ZsScalingTest extends PropertyTestBase {

  @Override
  Property property() {
    return new ZsScalingProperty();
  }
}

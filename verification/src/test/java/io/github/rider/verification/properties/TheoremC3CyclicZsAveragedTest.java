package io.github.rider.verification.properties;

/** Theorem C.3: cyclic ZS, averaged ||G||^2 within eq. (32), over random monotone devices; biased pulses and a wrong sign of G are rejected. */
class TheoremC3CyclicZsAveragedTest extends PropertyTestBase {

  @Override
  Property property() {
    return new TheoremC3Property();
  }
}

package io.github.rider.verification.properties;

/** Theorem C.2: stochastic ZS, last iterate within the bound (with N from its pulses-required formula), over random monotone devices; biased pulses and a wrong sign of G are rejected. */
class TheoremC2ZsLastIterateTest extends PropertyTestBase {

  @Override
  Property property() {
    return new TheoremC2Property();
  }
}

package io.github.rider.verification.properties;

/** Theorem 2.2: stochastic ZS, averaged E||G(W_n)||^2 within eq. (25), over random monotone devices; biased pulses and a wrong sign of G are rejected. */
class Theorem2_2ZsAveragedTest extends PropertyTestBase {

  @Override
  Property property() {
    return new Theorem2_2Property();
  }
}

package io.github.rider.verification.properties;

/** Theorem C.4: cyclic ZS, last iterate within the bound, over random monotone devices; biased pulses and a wrong sign of G are rejected. */
class TheoremC4CyclicZsLastIterateTest extends PropertyTestBase {

  @Override
  Property property() {
    return new TheoremC4Property();
  }
}

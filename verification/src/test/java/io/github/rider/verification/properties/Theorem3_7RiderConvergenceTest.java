package io.github.rider.verification.properties;

/**
 * Theorem 3.7: RIDER with the prescribed step sizes on random problems/devices inside the
 * theorem's assumptions stays within the explicit bound (72) and E_K falls like 1/sqrt(K); a
 * reference that ignores the SP (no EMA) is rejected.
 */
class Theorem3_7RiderConvergenceTest extends PropertyTestBase {

  @Override
  Property property() {
    return new Theorem3_7Property();
  }
}

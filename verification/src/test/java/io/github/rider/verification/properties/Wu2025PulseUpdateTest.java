package io.github.rider.verification.properties;

/** Predecessor Wu et al. 2025 Thm 4: pulsed updates approach the mean-field update with relative residual Theta(dw); a wrong sign of G is rejected. */
class Wu2025PulseUpdateTest extends PropertyTestBase {

  @Override
  Property property() {
    return new Wu2025PulseUpdateProperty();
  }
}

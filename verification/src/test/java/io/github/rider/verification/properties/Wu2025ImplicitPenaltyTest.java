package io.github.rider.verification.properties;

/** Predecessor Wu et al. 2025 Thm 1/5: Analog SGD's stationary point is the implicit-penalty W^S; an ignored SP and a wrong sign of G are rejected. */
class Wu2025ImplicitPenaltyTest extends PropertyTestBase {

  @Override
  Property property() {
    return new Wu2025ImplicitPenaltyProperty();
  }
}

package io.github.rider.verification.properties;

/**
 * SP closed forms = root of G, and Definition 2.1/C.1 constants = dense sampling, for every family;
 * a wrong sign of G and an ignored SP are rejected.
 */
class SymmetricPointPropertyTest extends PropertyTestBase {

  @Override
  Property property() {
    return new SymmetricPointProperty();
  }
}

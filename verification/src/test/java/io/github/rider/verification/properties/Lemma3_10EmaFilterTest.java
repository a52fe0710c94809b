package io.github.rider.verification.properties;

/** Lemma 3.10: measured EMA gain on sinusoids equals the closed form; a missing EMA is rejected. */
class Lemma3_10EmaFilterTest extends PropertyTestBase {

  @Override
  Property property() {
    return new Lemma3_10Property();
  }
}

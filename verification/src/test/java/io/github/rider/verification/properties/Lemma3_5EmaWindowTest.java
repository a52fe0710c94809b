package io.github.rider.verification.properties;

/** Lemma 3.5: eta in the window brings Q closer to the SP than P (and only there); a missing EMA is rejected. */
class Lemma3_5EmaWindowTest extends PropertyTestBase {

  @Override
  Property property() {
    return new Lemma3_5Property();
  }
}

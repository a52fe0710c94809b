package io.github.rider.verification.properties;

import io.github.rider.verification.contract.DeviceContract.ZsTheorem;

/** arXiv 2602.21321, App. C, Theorem C.4, recursion (42): see {@link ZeroShiftingProperty}. */
public final class TheoremC4Property extends ZeroShiftingProperty {

  public TheoremC4Property() {
    super(ZsTheorem.THEOREM_C4, "arXiv 2602.21321, App. C, Theorem C.4, recursion (42)");
  }
}

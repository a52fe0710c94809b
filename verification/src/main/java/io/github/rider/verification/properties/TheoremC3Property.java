package io.github.rider.verification.properties;

import io.github.rider.verification.contract.DeviceContract.ZsTheorem;

/** arXiv 2602.21321, App. C, Theorem C.3, eq. (32): see {@link ZeroShiftingProperty}. */
public final class TheoremC3Property extends ZeroShiftingProperty {

  public TheoremC3Property() {
    super(ZsTheorem.THEOREM_C3, "arXiv 2602.21321, App. C, Theorem C.3, eq. (32)");
  }
}

package io.github.rider.verification.properties;

import io.github.rider.verification.contract.DeviceContract.ZsTheorem;

/** arXiv 2602.21321, App. C, Theorem C.2, eqs. (27)-(28): see {@link ZeroShiftingProperty}. */
public final class TheoremC2Property extends ZeroShiftingProperty {

  public TheoremC2Property() {
    super(ZsTheorem.THEOREM_C2, "arXiv 2602.21321, App. C, Theorem C.2, eqs. (27)-(28)");
  }
}

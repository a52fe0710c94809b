package io.github.rider.verification.properties;

import io.github.rider.verification.contract.DeviceContract.ZsTheorem;

/** arXiv 2602.21321, Theorem 2.2 with the explicit constants of its proof, eq. (25): see {@link ZeroShiftingProperty}. */
public final class Theorem2_2Property extends ZeroShiftingProperty {

  public Theorem2_2Property() {
    super(ZsTheorem.THEOREM_2_2, "arXiv 2602.21321, Theorem 2.2 with the explicit constants of its proof, eq. (25)");
  }
}

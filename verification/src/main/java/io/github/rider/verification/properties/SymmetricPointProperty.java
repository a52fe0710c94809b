package io.github.rider.verification.properties;

import io.github.rider.device.ResponseFunction;
import io.github.rider.verification.contract.CheckResult;
import io.github.rider.verification.contract.DeviceContract;
import io.github.rider.verification.contract.DeviceUnderTest;
import io.github.rider.verification.gen.DeviceGens;
import io.github.rider.verification.gen.Gens;
import io.github.rider.verification.internal.DelegatingResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Definition 1.1 (SP), Definition 2.1 and Definition C.1 for every response family: on random
 * devices of every family with an interior SP ({@link DeviceGens#anyDevice}, full dw_min range),
 * the model's closed-form {@code symmetricPoint()} is the unique, attracting root of G (eq. 104
 * with its sign corrected for the linear device), and the model's {@code constants(lo, hi)}
 * (q_min, q_max, mu_q, L_q of Definitions 2.1/C.1) agree with the contract's independent dense
 * sampling and finite differences on the operating interval; analytic derivatives agree with
 * finite differences. Deterministic: every applicable try must pass. Tries whose G does not change
 * sign on the range (no interior SP, e.g. a LinearStep device with gamma near 0 and unequal step
 * sizes) are not applicable and counted. Tightness: |SP - root of G| / tolerance.
 */
public final class SymmetricPointProperty extends BaseProperty {

  public SymmetricPointProperty() {
    super("Symmetric point and device constants",
        "arXiv 2602.21321, Definition 1.1 (3), eq. (104) (sign corrected), Definitions 2.1 and C.1", 60, Mutation.WRONG_SIGN_OF_G, Mutation.SP_IGNORED);
  }

  @Override
  public String implementation() {
    return "device-model's ResponseFunction families (symmetricPoint, constants, derivatives)";
  }

  @Override
  public PropertyResult run(int tries, long seed, Mutation mutation) {
    List<DeviceUnderTest> devices = Gens.sample(DeviceGens.anyDevice(DeviceGens.DW_MIN_MAX), tries, seed);
    double[] ratios = new double[tries];
    int failures = 0;
    int applicable = 0;
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      DeviceUnderTest d = devices.get(i);
      ResponseFunction rf = d.response();
      ratios[i] = Double.NaN;
      if (Math.signum(rf.g(rf.wMin())) == Math.signum(rf.g(rf.wMax()))) {
        continue;
      }
      applicable++;
      ResponseFunction tested = switch (mutation) {
        case NONE -> rf;
        case WRONG_SIGN_OF_G -> DelegatingResponse.swapped(rf);
        case SP_IGNORED -> DelegatingResponse.claimingSymmetricPoint(rf, 0);
        default -> throw new IllegalArgumentException(name() + " has no mutation " + mutation);
      };
      DeviceUnderTest t = new DeviceUnderTest(d.label(), tested, d.dwMin(), d.lo(), d.hi());
      CheckResult sp = DeviceContract.symmetricPoint(t);
      ratios[i] = sp.tightness();
      for (CheckResult c : List.of(sp, DeviceContract.constants(t), DeviceContract.differentiability(t),
          DeviceContract.definition21(t))) {
        if (!c.passed()) {
          failures++;
          if (notes.size() < 3) {
            notes.add(c.name() + " failed on " + d + ": " + c.note());
          }
          break;
        }
      }
    }
    notes.add((tries - applicable) + " of " + tries + " tries had no sign change of G on the range (no interior SP)");
    return Verdicts.result(this, "closed-form SP = the unique attracting root of G; model constants (q_min, q_max, mu_q, L_q) = dense"
            + " sampling; analytic derivatives = finite differences; q_min > 0 on the operating interval",
        "all families (linear, SoftBounds, power, exponential, ALD, LinearStep, PowStep) over docs/devices.md §5"
            + " ranges, dw_min log-uniform in [2e-4, 0.5]",
        mutation, tries, seed, ratios, false, failures, applicable, notes);
  }
}

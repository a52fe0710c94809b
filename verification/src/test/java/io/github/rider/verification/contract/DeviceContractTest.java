package io.github.rider.verification.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.response.PowerResponse;
import io.github.rider.verification.contract.CheckResult.Status;
import io.github.rider.verification.contract.DeviceContract.Options;
import io.github.rider.verification.contract.DeviceContract.ZsTheorem;
import io.github.rider.verification.internal.DelegatingResponse;
import io.github.rider.verification.properties.Mutation;
import io.github.rider.verification.zs.ProductionZs;
import io.github.rider.verification.zs.ZsImplementation;
import org.junit.jupiter.api.Test;

/** The contract accepts good devices and rejects broken ones, each check for its own reason. */
class DeviceContractTest {

  private static final Options FAST = Options.DEFAULT.withReplicas(20);

  @Test
  void powerDeviceWithAsymmetricMultipliersPasses() {
    ContractReport r = DeviceContract.check("power", new PowerResponse(1.1, 0.9, 1, 2), 2e-3, FAST);
    assertThat(r.passed()).as(r.toTable()).isTrue();
    assertThat(r.toTable()).contains("RESULT: PASS").contains("Theorem C.4");
  }

  @Test
  void presetSpecPasses() {
    ContractReport r = DeviceContract.check(DevicePresets.get("paper-fig1-soft-bounds"), FAST);
    assertThat(r.passed()).as(r.toTable()).isTrue();
  }

  /** A response with a wrong closed-form SP: the SP check names the discrepancy. */
  @Test
  void wrongSymmetricPointIsRejected() {
    LinearResponse base = new LinearResponse(1.2, 0.8, 1, 1);
    ResponseFunction wrong = new DelegatingResponse(base) {
      @Override
      public double symmetricPoint() {
        // eq. (104) as printed (minus sign), the erratum
        return (1.2 - 0.8) / (1.2 / 1 - 0.8 / 1);
      }
    };
    CheckResult c = DeviceContract.symmetricPoint(
        new DeviceUnderTest("wrong SP", wrong, 1e-3, -0.5, 0.5));
    assertThat(c.status()).isEqualTo(Status.FAIL);
  }

  /** q+ increasing (not monotone in the sense of C.1): C.1 fails, C.2 is not applicable. */
  @Test
  void nonMonotoneDeviceFailsC1() {
    ResponseFunction flat = new DelegatingResponse(new LinearResponse(1, 1, 1, 1)) {
      @Override
      public double qPlus(double w) {
        return 1 + 0.1 * w;
      }

      @Override
      public double dqPlus(double w) {
        return 0.1;
      }
    };
    DeviceUnderTest d = new DeviceUnderTest("increasing q+", flat, 1e-3, -0.5, 0.5);
    assertThat(DeviceContract.definitionC1(d).status()).isEqualTo(Status.FAIL);
    assertThat(DeviceContract.zeroShifting(d, ZsTheorem.THEOREM_C2, ProductionZs.PULSED, FAST).status())
        .isEqualTo(Status.NOT_APPLICABLE);
  }

  /** A wrong analytic derivative is caught by the finite differences. */
  @Test
  void wrongDerivativeIsRejected() {
    ResponseFunction wrong = new DelegatingResponse(new LinearResponse(1, 1, 1, 1)) {
      @Override
      public double dqMinus(double w) {
        return 2;
      }
    };
    assertThat(DeviceContract.differentiability(new DeviceUnderTest("x", wrong, 1e-3, -0.5, 0.5)).status())
        .isEqualTo(Status.FAIL);
  }

  /** q reaching 0 inside the operating interval violates Definition 2.1. */
  @Test
  void vanishingStepViolatesDefinition21() {
    DeviceUnderTest d = new DeviceUnderTest("full range", new LinearResponse(1, 1, 1, 1), 1e-3, -1, 1);
    assertThat(DeviceContract.definition21(d).status()).isEqualTo(Status.FAIL);
  }

  /** Mutation checks: broken production zero-shifting (both arrays) must fail each ZS theorem. */
  @Test
  void brokenZeroShiftingFailsEveryZsTheorem() {
    DeviceUnderTest d = DeviceUnderTest.of("linear", new LinearResponse(1.2, 0.8, 1, 1), 1e-3);
    for (ZsImplementation impl : new ZsImplementation[] {ProductionZs.MEAN_FIELD, ProductionZs.PULSED}) {
      for (ZsTheorem t : ZsTheorem.values()) {
        assertThat(DeviceContract.zeroShifting(d, t, impl, FAST).status()).as(t + " " + impl.name())
            .isEqualTo(Status.PASS);
        for (Mutation m : new Mutation[] {Mutation.BIASED_PULSES, Mutation.WRONG_SIGN_OF_G}) {
          ZsImplementation broken = impl.mutant(m);
          assertThat(DeviceContract.zeroShifting(d, t, broken, FAST).status()).as(t + " " + broken.name())
              .isEqualTo(Status.FAIL);
        }
      }
    }
  }
}

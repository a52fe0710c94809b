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
import io.github.rider.verification.zs.ZsSimulation.Fault;
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
    assertThat(DeviceContract.zeroShifting(d, ZsTheorem.THEOREM_C2, Fault.NONE, FAST).status())
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

  /** Mutation checks: a broken ZS simulation must fail each ZS theorem. */
  @Test
  void brokenZeroShiftingFailsEveryZsTheorem() {
    DeviceUnderTest d = DeviceUnderTest.of("linear", new LinearResponse(1.2, 0.8, 1, 1), 1e-3);
    for (ZsTheorem t : ZsTheorem.values()) {
      assertThat(DeviceContract.zeroShifting(d, t, Fault.NONE, FAST).status()).as(t.name()).isEqualTo(Status.PASS);
      for (Fault f : new Fault[] {Fault.BIASED_PULSES, Fault.WRONG_SIGN_OF_G}) {
        assertThat(DeviceContract.zeroShifting(d, t, f, FAST).status()).as(t + " " + f).isEqualTo(Status.FAIL);
      }
    }
  }
}

package io.github.rider.verification.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rider.verification.contract.DeviceContract.Options;
import io.github.rider.verification.contract.DeviceContract.ZsTheorem;
import io.github.rider.verification.zs.ProductionZs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The device-model contract as an abstract JUnit 5 test (EJML-style "every implementation must
 * pass"): extend it, return your device from {@link #device()}, and every check of
 * {@link DeviceContract} runs as its own test.
 *
 * <pre>
 * class MyDeviceContractTest extends DeviceModelContractTest {
 *   protected DeviceUnderTest device() {
 *     return DeviceUnderTest.of("my device", new MyResponse(...), 1e-3);
 *   }
 * }
 * </pre>
 *
 * The stochastic checks (Theorems 2.2 and C.2) each wrongly fail a true bound with probability at
 * most {@link #options()}' falseFailureProbability (default 1e-3); the seed is fixed and printed
 * on failure. Override {@link #options()} for more replicas or another seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DeviceModelContractTest {

  /** The device under test, with its dw_min and operating interval. */
  protected abstract DeviceUnderTest device();

  /** Options of the stochastic checks; {@link Options#DEFAULT} unless overridden. */
  protected Options options() {
    return Options.DEFAULT;
  }

  private void assertPassed(CheckResult r) {
    assertTrue(r.passed(), () -> r.name() + " failed for " + device() + ": measured " + r.measured()
        + ", bound " + r.bound() + "; " + r.note() + " (seed " + options().seed() + ")");
  }

  @Test
  void definition21TrainingFriendly() {
    assertPassed(DeviceContract.definition21(device()));
  }

  @Test
  void differentiable() {
    assertPassed(DeviceContract.differentiability(device()));
  }

  @Test
  void uniqueAttractingSymmetricPoint() {
    assertPassed(DeviceContract.symmetricPoint(device()));
  }

  @Test
  void definitionC1Monotone() {
    assertPassed(DeviceContract.definitionC1(device()));
  }

  @Test
  void constantsMatchSampling() {
    assertPassed(DeviceContract.constants(device()));
  }

  @Test
  void theorem22StochasticZsAveraged() {
    assertPassed(DeviceContract.zeroShifting(device(), ZsTheorem.THEOREM_2_2, ProductionZs.PULSED, options()));
  }

  @Test
  void theoremC2StochasticZsLastIterate() {
    assertPassed(DeviceContract.zeroShifting(device(), ZsTheorem.THEOREM_C2, ProductionZs.PULSED, options()));
  }

  @Test
  void theoremC3CyclicZsAveraged() {
    assertPassed(DeviceContract.zeroShifting(device(), ZsTheorem.THEOREM_C3, ProductionZs.PULSED, options()));
  }

  @Test
  void theoremC4CyclicZsLastIterate() {
    assertPassed(DeviceContract.zeroShifting(device(), ZsTheorem.THEOREM_C4, ProductionZs.PULSED, options()));
  }

  @Test
  void theorem37RiderOnReferenceProblem() {
    assertPassed(DeviceContract.theorem37(device(), options()));
  }
}

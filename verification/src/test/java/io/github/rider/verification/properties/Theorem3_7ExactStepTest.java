package io.github.rider.verification.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.StepSizes;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.internal.DelegatingResponse;
import io.github.rider.verification.properties.Theorem3_7ExactStep.Outcome;
import io.github.rider.verification.rider.ProductionRider;
import io.github.rider.verification.rider.RiderImplementation;
import io.github.rider.verification.rider.RiderRun;
import io.github.rider.verification.rider.RiderSimulation;
import io.github.rider.verification.rider.RiderState;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The comparison of RIDER with the exact recursion and one-step moments: the production Rider and
 * the oracle agree with it, each named mutant of the production code is rejected, a defect that
 * leaves the noise-free trajectory alone (the gradient noise doubled) is rejected by the moments
 * alone, and the |g| term of (11a) halved is rejected.
 */
class Theorem3_7ExactStepTest {

  // a D = 2 instance of the property's kind: mu = L = 150, gradient noise 0.3, linear devices
  private static final PlantedQuadratic F = new PlantedQuadratic(new double[] {150, 180}, new double[] {0.15, -0.1},
      0.3);
  private static final ResponseFunction[] P_DEV = {new LinearResponse(1.05, 0.95, 4, 5),
      new LinearResponse(0.96, 1.04, 5, 3.5)};
  private static final ResponseFunction[] W_DEV = {new LinearResponse(1.03, 0.97, 4.5, 4),
      new LinearResponse(0.98, 1.02, 3, 6)};
  private static final StepSizes STEPS = new StepSizes(2e-3, 2e-3 * 0.75 * 150 * 0.2, 2e-3 * 150 * 0.05, 0.75);
  private static final long K = 800;

  private static Outcome compare(RiderImplementation impl) {
    return Theorem3_7ExactStep.compare(F, P_DEV, W_DEV, STEPS, K, impl, RandomStreams.of(11), 1e-3);
  }

  @Test
  void productionAndOracleMatchTheExactStep() {
    for (RiderImplementation impl : new RiderImplementation[] {ProductionRider.RIDER, RiderSimulation.ORACLE}) {
      Outcome o = compare(impl);
      assertThat(o.passed()).as(impl.name() + ": " + o.note()).isTrue();
      assertThat(o.trajectoryError()).as(o.note()).isLessThan(1e-13);
    }
  }

  @Test
  void everyRiderMutantIsRejected() {
    for (Mutation m : new Mutation[] {Mutation.MISSING_EMA, Mutation.GAMMA_MISAPPLIED, Mutation.STEP_SIZE_DOUBLED}) {
      Outcome o = compare(ProductionRider.RIDER.mutant(m));
      assertThat(o.passed()).as(m + ": " + o.note()).isFalse();
      assertThat(o.trajectoryError()).as(m + ": " + o.note()).isGreaterThan(1e3 * Theorem3_7ExactStep.TRAJECTORY_TOLERANCE);
    }
  }

  @Test
  void doubledGradientNoiseIsRejectedByTheMomentsAlone() {
    Outcome o = compare(new Wrapped("gradient noise doubled",
        f -> new PlantedQuadratic(f.curvature(), f.optimum(), 2 * f.noiseStd()), r -> r));
    assertThat(o.trajectoryError()).as(o.note()).isLessThan(1e-13);
    assertThat(o.momentRatio()).as(o.note()).isGreaterThan(1);
    assertThat(o.passed()).isFalse();
  }

  /**
   * The |g| term of (11a) halved (P's G halved, F kept: q+' = (q- + 3 q+)/4, q-' = (3 q- + q+)/4): a
   * constant off by 2 in the SP drift alone, rejected by the noise-free trajectory, where |g| = |grad f|.
   */
  @Test
  void halvedAbsoluteGradientTermIsRejected() {
    Outcome o = compare(new Wrapped("|g| G_p term halved", f -> f, r -> new DelegatingResponse(r) {
      @Override
      public double qPlus(double w) {
        return 0.25 * (r.qMinus(w) + 3 * r.qPlus(w));
      }

      @Override
      public double qMinus(double w) {
        return 0.25 * (3 * r.qMinus(w) + r.qPlus(w));
      }
    }));
    assertThat(o.trajectoryError()).as(o.note()).isGreaterThan(1e3 * Theorem3_7ExactStep.TRAJECTORY_TOLERANCE);
    assertThat(o.passed()).isFalse();
  }

  @Test
  void trajectoryVisitsEveryIterationOnceFromTheStart() {
    long[] count = {0};
    RiderState start = new RiderState(new double[] {0.1, -0.05}, new double[] {0.2, 0.1}, new double[] {0.15, 0.05});
    ProductionRider.RIDER.trajectory(F, P_DEV, W_DEV, STEPS, start, 5, RandomStreams.of(3), (k, w, p, q) -> {
      assertThat(k).isEqualTo(count[0]++);
      if (k == 0) {
        assertThat(w).containsExactly(0.1, -0.05);
        assertThat(p).containsExactly(0.2, 0.1);
        assertThat(q[0]).isCloseTo(0.15, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(q[1]).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-15));
      }
    });
    assertThat(count[0]).isEqualTo(6);
  }

  /** The production Rider with the problem and P's devices replaced (a defect outside the exact model). */
  private record Wrapped(String name, UnaryOperator<PlantedQuadratic> problem, UnaryOperator<ResponseFunction> pDevice)
      implements RiderImplementation {

    @Override
    public RiderRun run(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, StepSizes steps, long k,
        double dwMin, double noiseFactor, RandomStreams streams) {
      return ProductionRider.RIDER.run(problem.apply(f), wrap(pDev), wDev, steps, k, dwMin, noiseFactor, streams);
    }

    @Override
    public void trajectory(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev, StepSizes steps,
        RiderState start, long n, RandomStreams streams, StateVisitor visitor) {
      ProductionRider.RIDER.trajectory(problem.apply(f), wrap(pDev), wDev, steps, start, n, streams, visitor);
    }

    @Override
    public RiderImplementation mutant(Mutation m) {
      throw new IllegalArgumentException("no mutants");
    }

    private ResponseFunction[] wrap(ResponseFunction[] devices) {
      ResponseFunction[] out = new ResponseFunction[devices.length];
      for (int i = 0; i < devices.length; i++) {
        out[i] = pDevice.apply(devices[i]);
      }
      return out;
    }
  }
}

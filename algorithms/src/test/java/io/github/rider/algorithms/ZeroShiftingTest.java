package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.theory.ResponseConstants;
import org.junit.jupiter.api.Test;

/**
 * Algorithm 1 (ZS) on mean-field ALD arrays (q+- = 1 -+ (w - sp_i)/tau, sp_i ~ N(0.3, 0.1^2)):
 * the SP-estimation error falls with the budget N (Theorems 2.2, C.2) and floors in proportion to
 * dw_min. For the ALD, one stochastic ZS pulse maps e = w - sp to e (1 - dw/tau) +- dw, so the
 * stationary mean-square error per element is dw^2 / (1 - (1 - dw/tau)^2) = dw tau / (2 - dw/tau).
 */
class ZeroShiftingTest {

  private static final int D = 1000;
  private static final double TAU = 1;

  private static MeanFieldArray array(double dwMin, long seed) {
    var rng = RandomStreams.of(seed).stream(RandomStreams.REFERENCE);
    double[] sp = new double[D];
    for (int i = 0; i < D; i++) {
      sp[i] = 0.3 + 0.1 * rng.nextGaussian();
    }
    return MeanFieldArray.of(SyntheticRunFactory.responses("ald", sp, TAU), dwMin, new double[D],
        null);
  }

  /** Mean over elements of (W_N - sp)^2 after N pulses. */
  static double zsError(AnalogArray a, long n, ZeroShifting.Variant v, long seed) {
    ZeroShifting.Result r = ZeroShifting.run(a, n, v, RandomStreams.of(seed).stream("zs"));
    double s = 0;
    for (int i = 0; i < a.size(); i++) {
      double e = r.estimate()[i] - a.symmetricPoint(i);
      s += e * e;
    }
    return s / a.size();
  }

  @Test
  void errorFallsWithTheBudget() {
    double dw = 1e-2;
    double previous = Double.POSITIVE_INFINITY;
    for (long n : new long[] {0, 20, 100, 300}) {
      double e = zsError(array(dw, 1), n, ZeroShifting.Variant.STOCHASTIC, 2);
      assertThat(e).as("N = %d", n).isLessThan(previous);
      previous = e;
    }
  }

  /**
   * The floor after N = 20 tau/dw pulses (initial error damped by e^-20) matches dw tau/(2 -
   * dw/tau) within 15 % (mean of 1000 independent squared errors: relative standard error
   * sqrt(2/1000) = 4.5 %, so more than 3 sigma; false failure &lt; 3e-3), hence is proportional to
   * dw_min: a tenfold smaller dw_min gives a tenfold smaller floor.
   */
  @Test
  void stochasticFloorIsProportionalToDwMin() {
    for (double dw : new double[] {1e-2, 1e-3}) {
      long n = Math.round(20 * TAU / dw);
      double e = zsError(array(dw, 3), n, ZeroShifting.Variant.STOCHASTIC, 4);
      double expected = dw * TAU / (2 - dw / TAU);
      assertThat(e / expected).as("dw = %s", dw).isBetween(0.85, 1.15);
    }
  }

  /**
   * Theorem C.2 (last iterate, monotone devices; theory module): E||W_N - W*||^2 &lt;= (1 - 2
   * dw_min mu_q)^N e0 + D dw_min q_max^2 / mu_q, with the ALD's constants on [sp - 0.7, sp + 0.7]
   * (q in [0.3, 1.7], mu_q = 1/tau), which contains every trajectory from 0 (|sp| &lt; 0.7). The
   * realised error of 1000 elements sits well below the bound (the floor alone has a margin of
   * 2 q_max^2 = 5.8 over the exact stationary value dw tau/2).
   */
  @Test
  void errorRespectsTheoremC2() {
    double dw = 1e-3;
    for (long n : new long[] {100, 1000, 5000}) {
      MeanFieldArray a = array(dw, 9);
      double e0 = 0;
      for (int i = 0; i < D; i++) {
        e0 += a.symmetricPoint(i) * a.symmetricPoint(i);
      }
      var d = new io.github.rider.theory.DeviceConstants(dw,
          a.response(0).constants(a.symmetricPoint(0) - 0.7, a.symmetricPoint(0) + 0.7));
      double bound = io.github.rider.theory.TheoremC2ZsLastIterate.bound(d, e0, n, D);
      assertThat(D * zsError(a, n, ZeroShifting.Variant.STOCHASTIC, 10)).as("N = %d", n)
          .isLessThan(bound);
    }
  }

  @Test
  void cyclicVariantConvergesBelowTheStochasticFloor() {
    // alternating pulses: e -> e (1 - dw/tau) - dw then + dw: a deterministic two-cycle of
    // amplitude ~dw around the SP, squared error O(dw^2) per element
    double dw = 1e-2;
    double e = zsError(array(dw, 5), Math.round(20 * TAU / dw), ZeroShifting.Variant.CYCLIC, 6);
    assertThat(e).isLessThan(2 * dw * dw);
  }

  @Test
  void pulsesAreCountedPerElementAndPerCycle() {
    MeanFieldArray a = array(1e-2, 7);
    ZeroShifting.Result r = ZeroShifting.run(a, 50, ZeroShifting.Variant.STOCHASTIC,
        RandomStreams.of(1).stream("zs"));
    assertThat(r.pulsesFired()).isEqualTo(50L * D);
    assertThat(r.pulseCycles()).isEqualTo(50);
  }

  /**
   * Broken variant: a device whose pulses ignore the asymmetry G (q+ = q- = 1 - a pure random
   * walk) has no attracting SP; the same budget leaves the error at its initial value or above,
   * so the "error falls with N" predicate rejects it.
   */
  @Test
  void withoutAsymmetryZsDoesNotFindTheSymmetricPoint() {
    ResponseFunction[] flat = new ResponseFunction[D];
    for (int i = 0; i < D; i++) {
      double sp = 0.3;
      flat[i] = new ResponseFunction() {
        public double qPlus(double w) { return 1; }
        public double qMinus(double w) { return 1; }
        public double wMin() { return -10; }
        public double wMax() { return 10; }
        public double symmetricPoint() { return sp; }
        public ResponseConstants constants(double lo, double hi) {
          return new ResponseConstants(1, 1, 0, 0);
        }
      };
    }
    double e0 = zsError(MeanFieldArray.of(flat, 1e-2, new double[D], null), 0,
        ZeroShifting.Variant.STOCHASTIC, 8);
    double e = zsError(MeanFieldArray.of(flat, 1e-2, new double[D], null), 300,
        ZeroShifting.Variant.STOCHASTIC, 8);
    assertThat(e).isGreaterThanOrEqualTo(e0);
  }
}

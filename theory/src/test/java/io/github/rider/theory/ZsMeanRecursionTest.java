package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZsMeanRecursionTest {

  private static final ZsMeanRecursion.Sequence CYCLIC = ZsMeanRecursion.Sequence.CYCLIC;
  private static final ZsMeanRecursion.Sequence RANDOM = ZsMeanRecursion.Sequence.RANDOM;

  /** dw = 0.01, q_sp = 1, s+ = s- = 1. */
  private static final ZsMeanRecursion UNIT = new ZsMeanRecursion(0.01, 1, 1, 1);

  @Test
  void handComputedValues() {
    // A = 0.99^2 = 0.9801; B = 0.01^2 * 1 * 1 = 1e-4; e_c = 0.01/(2 - 0.01) = 0.0050251256...
    assertThat(UNIT.cycleFactor()).isCloseTo(0.9801, within(1e-15));
    assertThat(UNIT.cycleOffset()).isCloseTo(1e-4, within(1e-18));
    assertThat(UNIT.bias()).isCloseTo(0.01 / 1.99, within(1e-15));
    assertThat(UNIT.bias()).isCloseTo(UNIT.cycleOffset() / (1 - UNIT.cycleFactor()), within(1e-15));
    // from e0 = 1: down 0.99 * 1 - 0.01 = 0.98; up 0.99 * 0.98 + 0.01 = 0.9802
    assertThat(UNIT.meanError(CYCLIC, 1, 1)).isCloseTo(0.98, within(1e-15));
    assertThat(UNIT.meanError(CYCLIC, 1, 2)).isCloseTo(0.9802, within(1e-15));
    // e0 = 1, delta = 0.1: m = ceil(ln(0.994975/0.094975)/(-ln 0.9801)) = ceil(116.867) = 117
    // (evaluated with Python's math.log), so N = 234; e_234 = 0.0997464, e_232 = 0.1016697
    assertThat(UNIT.pulsesWithin(CYCLIC, 1, 0.1)).hasValue(234);
    assertThat(UNIT.meanError(CYCLIC, 1, 234)).isCloseTo(0.0997464, within(1e-7));
    assertThat(UNIT.meanError(CYCLIC, 1, 232)).isCloseTo(0.1016697, within(1e-7));
    // e0 = -1 (start below the SP, the bias on the other side): room = 0.1 + e_c,
    // m = ceil(ln(1.005025/0.105025)/0.0201007) = ceil(112.363) = 113, N = 226
    assertThat(UNIT.pulsesWithin(CYCLIC, -1, 0.1)).hasValue(226);
    // random (7): factor 1 - 0.01 (1 + 1)/2 = 0.99 per pulse, no bias; N = ceil(ln 10/(-ln 0.99))
    // = ceil(229.105) = 230
    assertThat(UNIT.randomFactor()).isCloseTo(0.99, within(1e-15));
    assertThat(UNIT.meanError(RANDOM, 1, 2)).isCloseTo(0.9801, within(1e-15));
    assertThat(UNIT.meanError(RANDOM, -1, 3)).isCloseTo(-0.970299, within(1e-15));
    assertThat(UNIT.pulsesWithin(RANDOM, 1, 0.1)).hasValue(230);
    assertThat(UNIT.pulsesWithin(RANDOM, 1, 0.005)).isPresent();
  }

  @Test
  void linearDeviceFactoryUsesTheCorrectedSymmetricPoint() {
    // a+ = 0.6, a- = 0.5, tau_max = 1.2, tau_min = 1: w_sp = 0.1/(0.5 + 0.5) = 0.1,
    // q_sp = 0.6 (1 - 0.1/1.2) = 0.55 = 0.5 (1 + 0.1); s+ = s- = 0.5
    ZsMeanRecursion r = ZsMeanRecursion.ofLinearDevice(0.01, 0.6, 0.5, 1.2, 1.0);
    assertThat(r.qAtSp()).isCloseTo(0.55, within(1e-15));
    assertThat(r.slopeUp()).isCloseTo(0.5, within(1e-15));
    assertThat(r.slopeDown()).isCloseTo(0.5, within(1e-15));
    // e_c = 0.01 * 0.5 * 0.55 / (1 - 0.01 * 0.25) = 0.00275/0.9975
    assertThat(r.bias()).isCloseTo(0.00275 / 0.9975, within(1e-15));
    // the same device as affine coefficients: q+ = 0.6 - 0.5 w, q- = 0.5 + 0.5 w
    assertThat(ZsMeanRecursion.ofAffine(0.01, 0.6, -0.5, 0.5, 0.5)).isEqualTo(r);
  }

  @Test
  void equalsTheExactCyclicTrajectoryOfTheLinearDevice() {
    LinearDeviceFixture dev = new LinearDeviceFixture(0.7, 0.4, 1.5, 0.8, 2e-3);
    ZsMeanRecursion r =
        ZsMeanRecursion.ofLinearDevice(2e-3, 0.7, 0.4, 1.5, 0.8);
    double w0 = dev.sp - 0.4;
    double[] w = dev.cyclicZsTrajectory(w0, 20_000);
    for (int n = 0; n < w.length; n++) {
      assertThat(r.meanError(CYCLIC, w0 - dev.sp, n)).as("pulse %d", n)
          .isCloseTo(w[n] - dev.sp, within(1e-12));
    }
    // the trajectory settles at the bias, which is Theta(dw_min) and on the up side
    assertThat(w[w.length - 1] - dev.sp).isCloseTo(r.bias(), within(1e-12));
    assertThat(r.bias()).isPositive();
  }

  @Test
  void pulsesWithinIsTheFirstStepInsideTheTarget() {
    ZsMeanRecursion r = new ZsMeanRecursion(3e-3, 0.8, 0.6, 1.3);
    for (ZsMeanRecursion.Sequence seq : ZsMeanRecursion.Sequence.values()) {
      for (double e0 : new double[] {-0.7, -0.05, 0.02, 0.3, 2}) {
        for (double delta : new double[] {0.01, 0.03, 0.2}) {
          assertThat(r.pulsesWithin(seq, e0, delta)).as("%s, e0 %s, delta %s", seq, e0, delta)
              .hasValue(firstStepInside(r, seq, e0, delta));
        }
      }
    }
  }

  @Test
  void aBiasAtOrAboveTheTargetReachesNoN() {
    // e_c = 0.0050251; a target of 0.005 is never met from e0 = 1, but met at once from e0 = 0.004
    assertThat(UNIT.pulsesWithin(CYCLIC, 1, 0.005)).isEmpty();
    assertThat(UNIT.pulsesWithin(CYCLIC, 0.004, 0.005)).hasValue(0);
  }

  @Test
  void smallDwMinGivesInverseLinearN() {
    // N dw_min -> ln(e0/delta)/L_q with L_q = (s+ + s-)/2 = 1: ln(10) = 2.302585
    for (double dw : new double[] {1e-5, 1e-6}) {
      ZsMeanRecursion r = new ZsMeanRecursion(dw, 1, 1, 1);
      assertThat(r.pulsesWithin(CYCLIC, 1, 0.1).getAsLong() * dw).isCloseTo(Math.log(10), within(5 * dw + 1e-4));
    }
    // at larger dw_min the bias eats into delta: N dw_min = 2.34 at dw = 0.01 (N = 234 above)
    assertThat(UNIT.pulsesWithin(CYCLIC, 1, 0.1).getAsLong() * 0.01).isGreaterThan(Math.log(10));
  }

  @Test
  void contractsAtLeastAsFastAsTheoremC4sRecursionAndStaysUnderItsBound() {
    ZsMeanRecursion r = ZsMeanRecursion.ofLinearDevice(1e-3, 0.6, 0.5, 1.2, 1.0);
    LinearDeviceFixture dev = new LinearDeviceFixture(0.6, 0.5, 1.2, 1.0, 1e-3);
    DeviceConstants c = dev.constants(0.5);
    double mu = c.muQ();
    assertThat(r.cycleFactor()).isLessThanOrEqualTo((1 - 1e-3 * mu) * (1 - 1e-3 * mu));
    for (long cycles = 0; cycles <= 20_000; cycles += 500) {
      double e = r.meanError(CYCLIC, 0.3, 2 * cycles);
      assertThat(e * e).isLessThanOrEqualTo(TheoremC4CyclicZsLastIterate.bound(c, 0.09, cycles));
    }
  }

  @Test
  void populationMeanErrorIsTheMeanOfTheDevices() {
    ZsMeanRecursion slow = new ZsMeanRecursion(0.01, 1, 0.5, 0.5);
    List<ZsMeanRecursion> both = List.of(UNIT, slow);
    double[] e0 = {1, -0.5};
    assertThat(ZsMeanRecursion.populationMeanError(CYCLIC, both, e0, 10))
        .isCloseTo((UNIT.meanError(CYCLIC, 1, 10) + slow.meanError(CYCLIC, -0.5, 10)) / 2, within(1e-15));
    assertThatThrownBy(() -> ZsMeanRecursion.populationMeanError(CYCLIC, both, new double[1], 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equal length");
  }

  @Test
  void rejectsNonMonotoneDevicesAndTooCoarseSteps() {
    assertThatThrownBy(() -> new ZsMeanRecursion(0.01, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Definition C.1");
    assertThatThrownBy(() -> ZsMeanRecursion.ofAffine(0.01, 1, 0.1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q+ must fall");
    assertThatThrownBy(() -> new ZsMeanRecursion(0.5, 1, 2, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dw_min s+ < 1");
    assertThatThrownBy(() -> UNIT.meanError(CYCLIC, 1, -2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UNIT.pulsesWithin(CYCLIC, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** dw = 1/8, q_sp = 3/4, s+ = 2, s- = 3: no factor is 1, and dw s+ != dw s-. */
  private static final ZsMeanRecursion ASYM = new ZsMeanRecursion(0.125, 0.75, 2, 3);

  @Test
  void asymmetricConstantsByHand() {
    // A = (1 - 1/4)(1 - 3/8) = 15/32; B = (1/64) 2 (3/4) = 3/128; e_c = (3/16)/(5 - 3/4) = 3/68
    assertThat(ASYM.cycleFactor()).isEqualTo(0.46875);
    assertThat(ASYM.cycleOffset()).isEqualTo(0.0234375);
    assertThat(ASYM.bias()).isCloseTo(3.0 / 68, within(1e-17));
    // 1 - dw (s+ + s-)/2 = 1 - 5/16
    assertThat(ASYM.randomFactor()).isEqualTo(0.6875);
    // e0 = 1: down 5/8 - 3/32 = 17/32; up (3/4)(17/32) + 3/32 = 63/128; down (5/8)(63/128) - 3/32 = 219/1024
    assertThat(ASYM.meanError(CYCLIC, 1, 1)).isCloseTo(0.53125, within(1e-16));
    assertThat(ASYM.meanError(CYCLIC, 1, 2)).isCloseTo(0.4921875, within(1e-16));
    assertThat(ASYM.meanError(CYCLIC, 1, 3)).isCloseTo(0.2138671875, within(1e-16));
  }

  @Test
  void affineFactoryByHand() {
    // q+ = 7/4 - w/2, q- = 1/4 + w: w_sp = (3/2)/(3/2) = 1, q_sp = 5/4, s+ = 1/2, s- = 1
    assertThat(ZsMeanRecursion.ofAffine(0.125, 1.75, -0.5, 0.25, 1))
        .isEqualTo(new ZsMeanRecursion(0.125, 1.25, 0.5, 1));
    assertThatThrownBy(() -> ZsMeanRecursion.ofAffine(0.125, 1.75, -0.5, 0.25, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q- must rise");
  }

  @Test
  void pulseMustNotStepPastTheSymmetricPointOnEitherSide() {
    // dw s- = 1 exactly is refused, as dw s+ = 1 is; one ulp below is accepted
    assertThatThrownBy(() -> new ZsMeanRecursion(0.5, 1, 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dw_min s- < 1");
    assertThat(new ZsMeanRecursion(0.5, 1, Math.nextDown(2.0), Math.nextDown(2.0)).slopeDown())
        .isEqualTo(Math.nextDown(2.0));
  }

  @Test
  void pulsesWithinAtExactTargets() {
    // |e0| = delta needs no pulse; a bias equal to delta is never inside the target
    assertThat(ASYM.pulsesWithin(CYCLIC, -0.5, 0.5)).hasValue(0);
    assertThat(ASYM.pulsesWithin(RANDOM, 0.5, 0.5)).hasValue(0);
    assertThat(ASYM.pulsesWithin(CYCLIC, 1, ASYM.bias())).isEmpty();
    assertThat(ASYM.pulsesWithin(CYCLIC, 1, Math.nextUp(ASYM.bias()))).isPresent();
    // random with dw (s+ + s-)/2 = 1/2: E e_N = e0/2^N exactly, so delta = e0/2^N is met at N, not before
    ZsMeanRecursion halving = new ZsMeanRecursion(0.25, 0.75, 1.5, 2.5);
    assertThat(halving.randomFactor()).isEqualTo(0.5);
    for (double e0 : new double[] {3, -5, 0.75}) {
      for (int n = 1; n <= 40; n++) {
        double delta = Math.abs(Math.scalb(e0, -n));
        assertThat(halving.pulsesWithin(RANDOM, e0, delta)).as("e0 %s, N %d", e0, n).hasValue(n);
        assertThat(halving.pulsesWithin(RANDOM, e0, Math.nextDown(delta))).as("e0 %s, below N %d", e0, n)
            .hasValue(n + 1);
      }
    }
    // cyclic: delta = |E e_{2m}| exactly is met after m cycles (|E e| falls from e0 = 1 towards e_c)
    for (int m = 1; m <= 30; m++) {
      double delta = Math.abs(ASYM.meanError(CYCLIC, 1, 2L * m));
      assertThat(Math.abs(ASYM.meanError(CYCLIC, 1, 2L * m - 2))).isGreaterThan(delta);
      assertThat(ASYM.pulsesWithin(CYCLIC, 1, delta)).as("m %d", m).hasValue(2L * m);
    }
  }

  @Test
  void pulsesWithinWhenTheTargetIsCloseToTheBias() {
    // e_c = 3/68 = 0.0441 < delta < 3 e_c: from either side of the SP, just outside the target,
    // the first step inside it found by stepping the exact recursion
    for (ZsMeanRecursion.Sequence seq : ZsMeanRecursion.Sequence.values()) {
      for (double e0 : new double[] {-0.3, -0.09, 0.1, 0.5}) {
        for (double delta : new double[] {0.05, 0.08}) {
          assertThat(ASYM.pulsesWithin(seq, e0, delta)).as("%s, e0 %s, delta %s", seq, e0, delta)
              .hasValue(firstStepInside(ASYM, seq, e0, delta));
        }
      }
    }
  }

  /** The first N (cyclic: whole cycles) with |E e_N| &lt;= delta, by stepping the exact recursion. */
  private static long firstStepInside(ZsMeanRecursion r, ZsMeanRecursion.Sequence seq, double e0, double delta) {
    int step = seq == CYCLIC ? 2 : 1;
    for (long m = 0; m < 1_000_000; m++) {
      if (Math.abs(r.meanError(seq, e0, step * m)) <= delta) {
        return step * m;
      }
    }
    throw new AssertionError("no step inside " + delta + " from " + e0);
  }
}

package io.github.rider.device.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.theory.ResponseConstants;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The constants of Definitions 2.1 / C.1 (q_min, q_max, mu_q, L_q): the closed forms of affine
 * families against dense sampling with finite differences, docs/devices.md §1's linear-device
 * constants, sampled constants of PowStep with gamma = 1 (which is affine) against the affine
 * closed form, shift invariance, and refusal when Definition 2.1 fails.
 */
class ResponseConstantsTest {

  /** Finite differences of an affine function are exact up to rounding. */
  private static final double TOL = 1e-7;

  /** The same response without analytic derivatives (forces finite differences). */
  private record NoDerivatives(ResponseFunction base) implements ResponseFunction {
    public double qPlus(double w) {
      return base.qPlus(w);
    }

    public double qMinus(double w) {
      return base.qMinus(w);
    }

    public double wMin() {
      return base.wMin();
    }

    public double wMax() {
      return base.wMax();
    }

    public double symmetricPoint() {
      return base.symmetricPoint();
    }

    public ResponseConstants constants(double lo, double hi) {
      return ResponseAnalysis.sampledConstants(this, lo, hi);
    }
  }

  private static void assertClose(ResponseConstants a, ResponseConstants b) {
    assertThat(a.qMin()).isCloseTo(b.qMin(), within(TOL));
    assertThat(a.qMax()).isCloseTo(b.qMax(), within(TOL));
    assertThat(a.muQ()).isCloseTo(b.muQ(), within(TOL));
    assertThat(a.lQ()).isCloseTo(b.lQ(), within(TOL));
  }

  @Test
  void linearDeviceMatchesSection55Formulas() {
    RandomGenerator r = RandomStreams.of(5).stream("constants");
    for (int k = 0; k < 200; k++) {
      double ap = 0.5 + r.nextDouble();
      double am = 0.5 + r.nextDouble();
      double tmax = 0.5 + r.nextDouble();
      double tmin = 0.5 + r.nextDouble();
      LinearResponse l = new LinearResponse(ap, am, tmax, tmin);
      double lo = -0.4 * tmin;
      double hi = 0.4 * tmax;
      ResponseConstants c = l.constants(lo, hi);
      assertThat(c.muQ()).isCloseTo(Math.min(ap / tmax, am / tmin), within(1e-15));
      assertThat(c.lQ()).isCloseTo((ap / tmax + am / tmin) / 2, within(1e-15));
      assertThat(c.qMin()).isCloseTo(Math.min(l.qPlus(hi), l.qMinus(lo)), within(1e-15));
      assertThat(c.qMax()).isCloseTo(Math.max(l.qPlus(lo), l.qMinus(hi)), within(1e-15));
      assertClose(c, new NoDerivatives(l).constants(lo, hi));
      // the effective-coordinate view has the same constants on the shifted interval
      assertClose(c, l.shifted(0.1).constants(lo - 0.1, hi - 0.1));
    }
  }

  @Test
  void sampledPowStepWithUnitExponentEqualsAffineClosedForm() {
    PowStepResponse pow = new PowStepResponse(1.2, 0.8, 1, 1, -0.7, 0.9);
    // q+ = 1.2 (0.9 - w)/1.6, q- = 0.8 (w + 0.7)/1.6
    LinearStepResponse affine = new LinearStepResponse(1.2 * 0.9 / 1.6, 0.8 * 0.7 / 1.6,
        1, 1, 0.9, -0.7, -0.7, 0.9);
    assertClose(pow.constants(-0.5, 0.5), affine.constants(-0.5, 0.5));
    assertThat(pow.symmetricPoint()).isCloseTo(affine.symmetricPoint(), within(1e-12));
  }

  @Test
  void analyticDerivativesAgreeWithFiniteDifferences() {
    ResponseFunction[] all = {
      new PowStepResponse(1.1, 0.9, 1.7, 2.3, -0.8, 0.6),
      new ExpStepResponse(1, 0.9, -1.18445, -0.081404, 5, 5, -0.5, -0.5, -1, 1),
      PowerResponse.of(1.5, 2.5),
      ExponentialResponse.of(1.5, 3),
      new PiecewiseStepResponse(1, 1, new double[] {2, 1, 0.5}, new double[] {0.5, 1, 2}, -1, 1)
    };
    for (ResponseFunction rf : all) {
      double lo = rf.wMin() + 0.1 * (rf.wMax() - rf.wMin());
      double hi = rf.wMax() - 0.1 * (rf.wMax() - rf.wMin());
      ResponseConstants a = rf.constants(lo, hi);
      ResponseConstants b = new NoDerivatives(rf).constants(lo, hi);
      double scale = Math.max(1, Math.abs(a.lQ()) + Math.abs(a.muQ()));
      assertThat(a.qMin()).as("%s", rf).isCloseTo(b.qMin(), within(1e-12));
      assertThat(a.qMax()).as("%s", rf).isCloseTo(b.qMax(), within(1e-12));
      assertThat(a.muQ()).as("%s", rf).isCloseTo(b.muQ(), within(1e-3 * scale));
      assertThat(a.lQ()).as("%s", rf).isCloseTo(b.lQ(), within(1e-3 * scale));
    }
  }

  @Test
  void refusesIntervalsWhereDefinition21FailsOrOutsideTheRange() {
    SoftBoundsResponse sb = new SoftBoundsResponse(1, 1, -1, 1);
    assertThatThrownBy(() -> sb.constants(-1, 1)).hasMessageContaining("qMin");
    assertThatThrownBy(() -> sb.constants(-2, 0)).hasMessageContaining("range");
    assertThatThrownBy(() -> sb.constants(0.5, 0.2)).hasMessageContaining("lo <= hi");
    assertThatThrownBy(() -> PowerResponse.of(1, 2).constants(-1, 1)).hasMessageContaining("qMin");
    ResponseConstants c = new ConstantStepResponse(1, 1.2, -1, 1).constants(-1, 1);
    assertThat(c.muQ()).isZero();
    assertThat(c.lQ()).isZero();
  }
}

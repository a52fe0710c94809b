package io.github.rider.device.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.ResponseConstants;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The details of {@link ResponseAnalysis}'s scan, sampling and closed forms that the response
 * families' smooth G does not reach: a root exactly on a sample point, a root in the last
 * interval, the sample at hi taken as hi itself, G zero on a stretch of the range, G identically
 * zero, analytic derivatives where finite differences would differ, a one-point interval, and the
 * affine drift and interval checks at exact equality. Test responses are built from q+ = F - G,
 * q- = F + G with F = 1 unless said otherwise.
 */
class ResponseAnalysisScanTest {

  /** A test-only response on [lo, hi]; derivatives analytic when both are given. */
  private record Probe(
      DoubleUnaryOperator up, DoubleUnaryOperator down, DoubleUnaryOperator dUp,
      DoubleUnaryOperator dDown, double wMin, double wMax) implements ResponseFunction {

    /** q+ = 1 - G, q- = 1 + G, so that G = (q- - q+)/2 (exact where G = 0). */
    static Probe ofG(DoubleUnaryOperator g, double lo, double hi) {
      return new Probe(w -> 1 - g.applyAsDouble(w), w -> 1 + g.applyAsDouble(w), null, null, lo, hi);
    }

    @Override
    public double qPlus(double w) {
      return up.applyAsDouble(w);
    }

    @Override
    public double qMinus(double w) {
      return down.applyAsDouble(w);
    }

    @Override
    public boolean hasDerivatives() {
      return dUp != null && dDown != null;
    }

    @Override
    public double dqPlus(double w) {
      return dUp.applyAsDouble(w);
    }

    @Override
    public double dqMinus(double w) {
      return dDown.applyAsDouble(w);
    }

    @Override
    public double symmetricPoint() {
      return ResponseAnalysis.numericSymmetricPoint(this);
    }

    @Override
    public ResponseConstants constants(double lo, double hi) {
      return ResponseAnalysis.sampledConstants(this, lo, hi);
    }
  }

  /**
   * A root exactly on a sample point is that point, at any scale of G: with q+- = s (2 -+ w),
   * s = 1e-17, on [-1, 1] the root 0 is sample 2048, and G is below 1e-15 on the whole interval
   * before it, where a bracketing solver stops anywhere.
   */
  @Test
  void aRootOnASamplePointIsReturnedExactly() {
    double s = 1e-17;
    Probe tiny = new Probe(w -> s * (2 - w), w -> s * (2 + w), null, null, -1, 1);
    assertThat(tiny.symmetricPoint()).isEqualTo(0.0);
  }

  /**
   * The last sample is hi itself: on [0.3, 0.9], 0.3 + 4096 * ((0.9 - 0.3) / 4096) is 0.9000000000000001 in
   * doubles, but G = w - 0.9 has its attracting root at hi = 0.9, which is returned exactly and
   * never a point outside the range.
   */
  @Test
  void aRootAtTheUpperEndIsHiItself() {
    Probe atHi = Probe.ofG(w -> w - 0.9, 0.3, 0.9);
    assertThat(0.3 + ResponseAnalysis.SAMPLES * ((0.9 - 0.3) / ResponseAnalysis.SAMPLES))
        .isGreaterThan(0.9);
    assertThat(atHi.symmetricPoint()).isEqualTo(0.9);
  }

  /** A root inside the last interval, c = 1 - h/3 with h = 2/4096 on [-1, 1], is found, not hi. */
  @Test
  void aRootInTheLastIntervalIsFound() {
    double c = 1 - 2.0 / ResponseAnalysis.SAMPLES / 3;
    Probe last = Probe.ofG(w -> w - c, -1, 1);
    assertThat(last.symmetricPoint()).isCloseTo(c, within(1e-13)).isLessThan(1);
  }

  /**
   * G = max(0, w - 1/2) on [-1, 1] is zero up to 1/2 and positive after: G &gt;= 0 on the range,
   * so the device drifts to wMin = -1 (not to a zero sample, not to wMax); G = min(0, 1/2 - w)
   * is zero, then negative: wMax. A zero G(wMin) counts as neither sign.
   */
  @Test
  void aZeroStretchIsNeitherSign() {
    Probe nonNegative = Probe.ofG(w -> Math.max(0, w - 0.5), -1, 1);
    assertThat(nonNegative.symmetricPoint()).isEqualTo(-1);
    assertThat(ResponseAnalysis.attractingBound(nonNegative)).isEqualTo(-1);
    Probe nonPositive = Probe.ofG(w -> Math.min(0, 0.5 - w), -1, 1);
    assertThat(nonPositive.symmetricPoint()).isEqualTo(1);
    assertThat(ResponseAnalysis.attractingBound(nonPositive)).isEqualTo(1);
  }

  /**
   * With G &gt;= 0 on the range and positive somewhere the device drifts to wMin, however small the
   * positive part: a bump G = max(0, 1/4 - (w - 1)^2), positive only on (1/2, 3/2) of [-1, 2],
   * gives -1; G positive only at hi gives lo, on [-0.3, 0.9] where the last regular sample
   * -0.3 + 4096 h is 0.8999999999999999, one ulp below hi, and G = max(0, w - that sample).
   */
  @Test
  void aPositivePartAnywhereOnTheRangeSendsTheDeviceToWMin() {
    Probe bump = Probe.ofG(w -> Math.max(0, 0.25 - (w - 1) * (w - 1)), -1, 2);
    assertThat(bump.symmetricPoint()).isEqualTo(-1);
    assertThat(ResponseAnalysis.attractingBound(bump)).isEqualTo(-1);
    double lastRegular = -0.3 + ResponseAnalysis.SAMPLES * ((0.9 + 0.3) / ResponseAnalysis.SAMPLES);
    assertThat(lastRegular).isEqualTo(Math.nextDown(0.9));
    Probe onlyAtHi = Probe.ofG(w -> Math.max(0, w - lastRegular), -0.3, 0.9);
    assertThat(onlyAtHi.g(0.9)).isPositive();
    assertThat(onlyAtHi.symmetricPoint()).isEqualTo(-0.3);
    assertThat(ResponseAnalysis.attractingBound(onlyAtHi)).isEqualTo(-0.3);
  }

  /**
   * Only a repelling root and G(wMin) = 0 exactly: G = -w (w + 1) on [-1, 1] is 0 at -1, positive
   * on (-1, 0), negative after; G(wMin) is not &gt; 0, so the device drifts to wMax = 1.
   */
  @Test
  void aZeroGAtWMinWithBothSignsDriftsToWMax() {
    Probe p = Probe.ofG(w -> -w * (w + 1), -1, 1);
    assertThat(p.g(-1)).isZero();
    assertThat(p.symmetricPoint()).isEqualTo(1);
    assertThat(ResponseAnalysis.attractingBound(p)).isEqualTo(1);
  }

  /**
   * The sampled q_max includes q at hi itself: q+ = 1/4, q- = w on [0.3, 0.9], where the last
   * regular sample 0.3 + 4096 h is 0.9000000000000001, one ulp above hi, give q_max = q-(0.9) =
   * 0.9 and q_min = 1/4 exactly; an infinite wMax is refused by the root scan.
   */
  @Test
  void sampledConstantsIncludeHiItself() {
    assertThat(0.3 + ResponseAnalysis.SAMPLES * ((0.9 - 0.3) / ResponseAnalysis.SAMPLES))
        .isEqualTo(Math.nextUp(0.9));
    Probe p = new Probe(w -> 0.25, w -> w, null, null, 0.3, 0.9);
    ResponseConstants c = p.constants(0.3, 0.9);
    assertThat(c.qMax()).isEqualTo(0.9);
    assertThat(c.qMin()).isEqualTo(0.25);
    Probe open = new Probe(w -> 0.25, w -> w, null, null, 0.3, Double.POSITIVE_INFINITY);
    assertThatThrownBy(open::symmetricPoint).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite range");
  }

  /**
   * G identically zero: every point is stationary and 0 clamped to the range is returned, by the
   * scan and by the affine closed form (p1 = m1 = -0.5, p0 = m0 = 1.5): 0 on [-1, 2], 0.5 on
   * [0.5, 2], -1 on [-2, -1].
   */
  @Test
  void aZeroGReturnsZeroClampedToTheRange() {
    double[][] ranges = {{-1, 2}, {0.5, 2}, {-2, -1}};
    double[] expected = {0, 0.5, -1};
    for (int i = 0; i < ranges.length; i++) {
      double lo = ranges[i][0];
      double hi = ranges[i][1];
      assertThat(Probe.ofG(w -> 0, lo, hi).symmetricPoint()).isEqualTo(expected[i]);
      assertThat(ResponseAnalysis.attractingBound(Probe.ofG(w -> 0, lo, hi)))
          .isEqualTo(expected[i]);
      assertThat(ResponseAnalysis.affineSymmetricPoint(1.5, -0.5, 1.5, -0.5, lo, hi))
          .isEqualTo(expected[i]);
    }
  }

  /**
   * The affine closed form at its boundaries, q+ = p0 + p1 w, q- = m0 + m1 w on [-1/2, 2]: slope
   * m1 - p1 = 0 with offset m0 - p0 = 0.25 &gt; 0 drifts to lo, -0.25 to hi; a negative slope
   * (m1 - p1 = -0.75) with 2 G(lo) = offset + slope lo = 0 exactly (offset = -0.375) drifts to
   * hi, with 2 G(lo) = 0.25 &gt; 0 (offset -0.125) to lo; a positive slope (0.75) with its root
   * -offset / slope exactly at lo (offset 0.375) or at hi (offset -1.5) returns that end.
   */
  @Test
  void affineDriftAtItsBoundaries() {
    double lo = -0.5;
    assertThat(ResponseAnalysis.affineSymmetricPoint(1.25, -0.5, 1.5, -0.5, lo, 2)).isEqualTo(lo);
    assertThat(ResponseAnalysis.affineSymmetricPoint(1.75, -0.5, 1.5, -0.5, lo, 2)).isEqualTo(2);
    assertThat(ResponseAnalysis.affineSymmetricPoint(1.875, 0.25, 1.5, -0.5, lo, 2)).isEqualTo(2);
    assertThat(ResponseAnalysis.affineSymmetricPoint(1.625, 0.25, 1.5, -0.5, lo, 2)).isEqualTo(lo);
    assertThat(ResponseAnalysis.affineSymmetricPoint(1.0, -0.5, 1.375, 0.25, lo, 2)).isEqualTo(lo);
    assertThat(ResponseAnalysis.affineSymmetricPoint(1.5, -0.5, 0.0, 0.25, lo, 2)).isEqualTo(2);
  }

  /**
   * Analytic derivatives are used when the response has them: q+ = 3 - w - w^2, q- = 1 + 2w + w^2
   * on [0, 1] give q_min = q+(1) = q-(0) = 1, q_max = q-(1) = 4, mu_q = min(dq-, -dq+) =
   * min(2 + 2w, 1 + 2w) = 1 at w = 0 and L_q = max (dq- - dq+)/2 = (3 + 4w)/2 = 7/2 at w = 1;
   * one-sided finite differences at the ends would be off by about 1e-6.
   */
  @Test
  void analyticDerivativesAreUsedWhenGiven() {
    Probe curved = new Probe(w -> 3 - w - w * w, w -> 1 + 2 * w + w * w,
        w -> -1 - 2 * w, w -> 2 + 2 * w, 0, 1);
    ResponseConstants c = curved.constants(0, 1);
    assertThat(c.qMin()).isEqualTo(1);
    assertThat(c.qMax()).isEqualTo(4);
    assertThat(c.muQ()).isEqualTo(1);
    assertThat(c.lQ()).isEqualTo(3.5);
  }

  /**
   * A one-point interval lo = hi is accepted, at either end of the range too: its q_min and q_max
   * are q+- at the point, and without analytic derivatives mu_q = L_q = 0 (there is no difference
   * to take). For q+ = 2 - w, q- = 1.5 + w on [-1, 1] at w = 0.25: q_min = 1.75, q_max = 1.75.
   */
  @Test
  void aOnePointIntervalHasNoSlope() {
    Probe p = new Probe(w -> 2 - w, w -> 1.5 + w, null, null, -1, 1);
    for (double w : new double[] {-1, 0.25, 1}) {
      ResponseConstants c = p.constants(w, w);
      assertThat(c.qMin()).isEqualTo(Math.min(2 - w, 1.5 + w));
      assertThat(c.qMax()).isEqualTo(Math.max(2 - w, 1.5 + w));
      assertThat(c.muQ()).isCloseTo(0.0, within(0.0));
      assertThat(c.lQ()).isCloseTo(0.0, within(0.0));
    }
  }

  /** The interval check accepts lo = hi and the range's own ends, and refuses one ulp beyond. */
  @Test
  void intervalCheckAtEquality() {
    Probe p = Probe.ofG(w -> w, -1, 1);
    ResponseAnalysis.checkInterval(p, -1, 1);
    ResponseAnalysis.checkInterval(p, 0.5, 0.5);
    ResponseAnalysis.checkInterval(p, -1, -1);
    ResponseAnalysis.checkInterval(p, 1, 1);
    assertThatThrownBy(() -> ResponseAnalysis.checkInterval(p, Math.nextUp(0.5), 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lo <= hi");
    assertThatThrownBy(() -> ResponseAnalysis.checkInterval(p, Math.nextDown(-1.0), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must lie in the range");
    assertThatThrownBy(() -> ResponseAnalysis.checkInterval(p, -1, Math.nextUp(1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must lie in the range");
  }
}

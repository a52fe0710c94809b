package io.github.rider.device.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.ResponseConstants;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The response families' documented parameter domains, each parameter at a value just outside
 * (named in the message) and the range at its closed end bMin = bMax; the degenerate cases the
 * Javadoc defines (a zero range, a zero bound of soft bounds, a flat linear step); the symmetric
 * points the class comment of {@link ResponseAnalysis} prescribes when G has no attracting root;
 * and the delegation of a shifted response to its base at w + r.
 */
class ResponseDomainsTest {

  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  private static void refuses(String name, Executable build) {
    assertThatThrownBy(build::execute).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }

  /** Every finite-only parameter refuses NaN and infinity, naming itself. */
  private static void finiteOnly(String name, DoubleFunction<Object> build) {
    refuses(name + " must be finite", () -> build.apply(NAN));
    refuses(name + " must be finite", () -> build.apply(-INF));
  }

  /** Every positive parameter refuses 0, NaN and infinity and accepts the smallest double. */
  private static void positiveOnly(String name, DoubleFunction<Object> build) {
    for (double bad : new double[] {0, NAN, INF}) {
      refuses(name + " must be finite and > 0", () -> build.apply(bad));
    }
    assertThat(build.apply(Double.MIN_VALUE)).isNotNull();
  }

  @Test
  void finiteParametersRefuseNaNAndInfinity() {
    finiteOnly("aUp", v -> new ExpStepResponse(v, 1, 0.1, 0.1, 2, 2, 0.5, 0, -1, 1));
    finiteOnly("aDown", v -> new ExpStepResponse(1, v, 0.1, 0.1, 2, 2, 0.5, 0, -1, 1));
    finiteOnly("expAUp", v -> new ExpStepResponse(1, 1, v, 0.1, 2, 2, 0.5, 0, -1, 1));
    finiteOnly("expADown", v -> new ExpStepResponse(1, 1, 0.1, v, 2, 2, 0.5, 0, -1, 1));
    finiteOnly("gammaUp", v -> new ExpStepResponse(1, 1, 0.1, 0.1, v, 2, 0.5, 0, -1, 1));
    finiteOnly("gammaDown", v -> new ExpStepResponse(1, 1, 0.1, 0.1, 2, v, 0.5, 0, -1, 1));
    finiteOnly("a", v -> new ExpStepResponse(1, 1, 0.1, 0.1, 2, 2, v, 0, -1, 1));
    finiteOnly("b", v -> new ExpStepResponse(1, 1, 0.1, 0.1, 2, 2, 0.5, v, -1, 1));
    finiteOnly("aUp", v -> new PowStepResponse(v, 1, 1, 1, -1, 1));
    finiteOnly("aDown", v -> new PowStepResponse(1, v, 1, 1, -1, 1));
    finiteOnly("gammaUp", v -> new PowStepResponse(1, 1, v, 1, -1, 1));
    finiteOnly("gammaDown", v -> new PowStepResponse(1, 1, 1, v, -1, 1));
    finiteOnly("aUp", v -> new LinearStepResponse(v, 1, 0.1, 0.1, 1, 1, -1, 1));
    finiteOnly("aDown", v -> new LinearStepResponse(1, v, 0.1, 0.1, 1, 1, -1, 1));
    finiteOnly("gammaUp", v -> new LinearStepResponse(1, 1, v, 0.1, 1, 1, -1, 1));
    finiteOnly("gammaDown", v -> new LinearStepResponse(1, 1, 0.1, v, 1, 1, -1, 1));
    finiteOnly("rUp", v -> new LinearStepResponse(1, 1, 0.1, 0.1, v, 1, -1, 1));
    finiteOnly("rDown", v -> new LinearStepResponse(1, 1, 0.1, 0.1, 1, v, -1, 1));
    finiteOnly("aUp", v -> new SoftBoundsResponse(v, 1, -1, 1));
    finiteOnly("aDown", v -> new SoftBoundsResponse(1, v, -1, 1));
    finiteOnly("aUp", v -> new ConstantStepResponse(v, 1, -1, 1));
    finiteOnly("aDown", v -> new ConstantStepResponse(1, v, -1, 1));
    double[] nodes = {1, 0.5};
    finiteOnly("aUp", v -> new PiecewiseStepResponse(v, 1, nodes, nodes, -1, 1));
    finiteOnly("aDown", v -> new PiecewiseStepResponse(1, v, nodes, nodes, -1, 1));
    finiteOnly("sp", v -> new AldResponse(1, 1, 1, v));
  }

  @Test
  void positiveParametersRefuseZeroNaNAndInfinity() {
    positiveOnly("aUp", v -> new AldResponse(v, 1, 1, 0));
    positiveOnly("aDown", v -> new AldResponse(1, v, 1, 0));
    positiveOnly("tau", v -> new AldResponse(1, 1, v, 0));
    positiveOnly("alphaPlus", v -> new LinearResponse(v, 1, 1, 1));
    positiveOnly("alphaMinus", v -> new LinearResponse(1, v, 1, 1));
    positiveOnly("tauMax", v -> new LinearResponse(1, 1, v, 1));
    positiveOnly("tauMin", v -> new LinearResponse(1, 1, 1, v));
    positiveOnly("aUp", v -> new ExponentialResponse(v, 1, 1, 1));
    positiveOnly("aDown", v -> new ExponentialResponse(1, v, 1, 1));
    positiveOnly("tau", v -> new ExponentialResponse(1, 1, v, 1));
    positiveOnly("gammaRes", v -> new ExponentialResponse(1, 1, 1, v));
    positiveOnly("aUp", v -> new PowerResponse(v, 1, 1, 1));
    positiveOnly("aDown", v -> new PowerResponse(1, v, 1, 1));
    positiveOnly("tau", v -> new PowerResponse(1, 1, v, 1));
    positiveOnly("gammaRes", v -> new PowerResponse(1, 1, 1, v));
  }

  /** [bMin, bMax] with bMin <= bMax, both finite, for every hard-bounded family. */
  @Test
  void rangesAreClosedAndFinite() {
    double[] nodes = {1, 0.5};
    java.util.List<java.util.function.BiFunction<Double, Double, Object>> families = java.util.List.of(
        (lo, hi) -> new ExpStepResponse(1, 1, 0.1, 0.1, 2, 2, 0.5, 0, lo, hi),
        (lo, hi) -> new PowStepResponse(1, 1, 1, 1, lo, hi),
        (lo, hi) -> new LinearStepResponse(1, 1, 0.1, 0.1, 1, 1, lo, hi),
        (lo, hi) -> new SoftBoundsResponse(1, 1, lo, hi),
        (lo, hi) -> new ConstantStepResponse(1, 1, lo, hi),
        (lo, hi) -> new PiecewiseStepResponse(1, 1, nodes, nodes, lo, hi));
    for (var f : families) {
      assertThat(f.apply(0.5, 0.5)).isNotNull();
      refuses("bMin must be <= bMax", () -> f.apply(0.5, 0.4));
      refuses("bMin must be finite", () -> f.apply(NAN, 1.0));
      refuses("bMin must be finite", () -> f.apply(-INF, 1.0));
      refuses("bMax must be finite", () -> f.apply(-1.0, INF));
      refuses("bMax must be finite", () -> f.apply(-1.0, NAN));
    }
    refuses("piecewiseUp must have at least one node",
        () -> new PiecewiseStepResponse(1, 1, new double[0], nodes, -1, 1));
    refuses("rUp must be nonzero", () -> new LinearStepResponse(1, 1, 0.1, 0, 0, 0, -1, 1));
    refuses("rDown must be nonzero", () -> new LinearStepResponse(1, 1, 0, 0.1, 0, 0, -1, 1));
  }

  /**
   * A flat linear step (gamma = 0) needs no reference R and has slope 0; a zero range makes every
   * PowStep step 0; soft bounds with a zero bound have no step towards it (AIHWKit: the step is
   * alpha (1 - w/b) only for b != 0 on that side).
   */
  @Test
  void degenerateParametersGiveTheDocumentedSteps() {
    LinearStepResponse flat = new LinearStepResponse(1, 2, 0, 0, 0, 0, -1, 1);
    assertThat(flat.p1()).isZero();
    assertThat(flat.m1()).isZero();
    assertThat(flat.qPlus(0.5)).isEqualTo(1);
    assertThat(flat.qMinus(0.5)).isEqualTo(2);
    PowStepResponse point = new PowStepResponse(1, 1, 2, 2, 0.3, 0.3);
    assertThat(point.qPlus(0.3)).isZero();
    assertThat(point.qMinus(0.3)).isZero();
    assertThat(point.dqPlus(0.3)).isZero();
    assertThat(point.dqMinus(0.3)).isZero();
    SoftBoundsResponse noUp = new SoftBoundsResponse(1, 1, -1, 0);
    assertThat(noUp.p0()).isZero();
    assertThat(noUp.p1()).isZero();
    assertThat(noUp.qPlus(-0.5)).isZero();
    SoftBoundsResponse noDown = new SoftBoundsResponse(1, 1, 0, 1);
    assertThat(noDown.m0()).isZero();
    assertThat(noDown.m1()).isZero();
    assertThat(noDown.qMinus(0.5)).isZero();
  }

  /**
   * Constant steps (affine with G' = 0): G = (aDown - aUp)/2 everywhere, so the device drifts to
   * wMin when the down step is larger, to wMax when the up step is, and with equal steps every
   * point is stationary and 0 clamped to the range is returned.
   */
  @Test
  void symmetricPointsWithoutAnAttractingRootFollowTheDrift() {
    assertThat(new ConstantStepResponse(1, 2, -1, 2).symmetricPoint()).isEqualTo(-1);
    assertThat(new ConstantStepResponse(2, 1, -1, 2).symmetricPoint()).isEqualTo(2);
    assertThat(new ConstantStepResponse(1, 1, -1, 2).symmetricPoint()).isEqualTo(0);
    assertThat(new ConstantStepResponse(1, 1, 0.5, 2).symmetricPoint()).isEqualTo(0.5);
    assertThat(new ConstantStepResponse(1, 1, -2, -0.5).symmetricPoint()).isEqualTo(-0.5);
    double[] flat = {1, 1, 1};
    double[] lower = {0.5, 0.5, 0.5};
    assertThat(ResponseAnalysis.numericSymmetricPoint(
        new PiecewiseStepResponse(1, 1, flat, lower, -1, 2))).isEqualTo(2);
    assertThat(ResponseAnalysis.numericSymmetricPoint(
        new PiecewiseStepResponse(1, 1, lower, flat, -1, 2))).isEqualTo(-1);
    assertThat(ResponseAnalysis.numericSymmetricPoint(
        new PiecewiseStepResponse(1, 1, flat, flat, 0.25, 2))).isEqualTo(0.25);
    assertThat(ResponseAnalysis.numericSymmetricPoint(
        new PiecewiseStepResponse(1, 1, flat, flat, 0.25, 0.25))).isEqualTo(0.25);
  }

  /** The exponential device (App. F) lives on [-tau, tau]. */
  @Test
  void exponentialRangeIsPlusMinusTau() {
    ExponentialResponse e = ExponentialResponse.of(0.7, 2);
    assertThat(e.wMin()).isEqualTo(-0.7);
    assertThat(e.wMax()).isEqualTo(0.7);
  }

  /**
   * A response shifted by r reads its base at w + r, derivatives included; shifting a shifted
   * response adds the references; the base must be given and r finite. A response without
   * derivatives (the interface's defaults: none, NaN) stays without them when shifted.
   */
  @Test
  void shiftedResponsesReadTheirBaseAtWPlusR() {
    ExponentialResponse base = new ExponentialResponse(1.2, 0.8, 1, 2);
    ShiftedResponse s = ShiftedResponse.of(base, 0.3);
    for (double w : new double[] {-0.9, -0.2, 0.4}) {
      assertThat(s.qPlus(w)).isEqualTo(base.qPlus(w + 0.3));
      assertThat(s.dqPlus(w)).isEqualTo(base.dqPlus(w + 0.3));
      assertThat(s.dqMinus(w)).isEqualTo(base.dqMinus(w + 0.3));
    }
    assertThat(s.hasDerivatives()).isTrue();
    ResponseFunction sampled = new ResponseFunction() {
      @Override
      public double qPlus(double w) {
        return 1 - w;
      }

      @Override
      public double qMinus(double w) {
        return 1 + w;
      }

      @Override
      public double wMin() {
        return -1;
      }

      @Override
      public double wMax() {
        return 1;
      }

      @Override
      public double symmetricPoint() {
        return 0;
      }

      @Override
      public ResponseConstants constants(double lo, double hi) {
        return ResponseAnalysis.sampledConstants(this, lo, hi);
      }
    };
    ShiftedResponse shiftedSampled = ShiftedResponse.of(sampled, 0.1);
    assertThat(shiftedSampled.hasDerivatives()).isFalse();
    assertThat(shiftedSampled.dqPlus(0)).isNaN();
    assertThat(shiftedSampled.dqMinus(0)).isNaN();
    ShiftedResponse twice = ShiftedResponse.of(s, -0.1);
    assertThat(twice.base()).isSameAs(base);
    assertThat(twice.reference()).isCloseTo(0.2, within(1e-16));
    refuses("base", () -> ShiftedResponse.of(null, 0.1));
    refuses("reference must be finite", () -> ShiftedResponse.of(base, NAN));
  }

  /** Every family of the package carries analytic derivatives. */
  @Test
  void analyticFamiliesHaveDerivatives() {
    for (Supplier<ResponseFunction> f : java.util.List.<Supplier<ResponseFunction>>of(
        () -> AldResponse.of(1, 0.1), () -> new LinearResponse(1, 1, 1, 1),
        () -> new SoftBoundsResponse(1, 1, -1, 1), () -> new ConstantStepResponse(1, 1, -1, 1),
        () -> new LinearStepResponse(1, 1, 0.1, 0.1, 1, 1, -1, 1),
        () -> ExponentialResponse.of(1, 2), () -> PowerResponse.of(1, 2),
        () -> new PowStepResponse(1, 1, 1, 1, -1, 1),
        () -> new ExpStepResponse(1, 1, 0.1, 0.1, 2, 2, 0.5, 0, -1, 1),
        () -> new PiecewiseStepResponse(1, 1, new double[] {1, 0.5}, new double[] {1, 2}, -1, 1))) {
      assertThat(f.get().hasDerivatives()).as(f.get().toString()).isTrue();
    }
  }

  @Test
  void linearResponseWithersChangeOneParameter() {
    LinearResponse r = new LinearResponse(1, 2, 3, 4);
    assertThat(r.withAlphaPlus(5)).isEqualTo(new LinearResponse(5, 2, 3, 4));
    assertThat(r.withAlphaMinus(5)).isEqualTo(new LinearResponse(1, 5, 3, 4));
    assertThat(r.withTauMax(5)).isEqualTo(new LinearResponse(1, 2, 5, 4));
    assertThat(r.withTauMin(5)).isEqualTo(new LinearResponse(1, 2, 3, 5));
  }

  /** Records over arrays: equality and hash by value, the node arrays handed out as copies. */
  @Test
  void piecewiseStepsCompareByValue() {
    PiecewiseStepResponse a = new PiecewiseStepResponse(1, 2, new double[] {1, 0.5},
        new double[] {0.5, 1}, -1, 1);
    PiecewiseStepResponse b = new PiecewiseStepResponse(1, 2, new double[] {1, 0.5},
        new double[] {0.5, 1}, -1, 1);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new PiecewiseStepResponse(1, 2, new double[] {1, 0.5},
        new double[] {0.5, 1}, -1, 2));
    assertThat(a).isNotEqualTo(new PiecewiseStepResponse(1, 2, new double[] {1, 0.5},
        new double[] {0.5, 0.9}, -1, 1));
    assertThat(a).isNotEqualTo(new PiecewiseStepResponse(3, 2, new double[] {1, 0.5},
        new double[] {0.5, 1}, -1, 1));
    assertThat(a.hashCode()).isNotEqualTo(new PiecewiseStepResponse(1, 2, new double[] {1, 0.5},
        new double[] {0.5, 1}, -1, 2).hashCode());
    assertThat(a.up()).containsExactly(1, 0.5).isNotSameAs(a.up());
    assertThat(a.down()).containsExactly(0.5, 1);
    assertThat(a.toString()).contains("up=[1.0, 0.5]").contains("bMax=1.0");
  }

  /**
   * The closed-form symmetric points are exact, not the numerical root's 1e-14: ExpStep with
   * gamma_up = gamma_down (x = e^(gamma z) the positive root of aUp A_up x^2 - (aUp - aDown) x -
   * aDown A_down = 0, here by the textbook formula rather than the class's cancellation-free form),
   * with aUp &gt; aDown and with aUp &lt; aDown; PowStep with equal exponents, bMin + range / (1 +
   * (aDown/aUp)^(1/gamma)); the exponential device with equal steps, exactly 0. Parameters chosen
   * where the numerical root differs from the closed form by more than 1e-15 (by 1.4e-15, 5.6e-15,
   * 1.7e-15).
   */
  @Test
  void closedFormSymmetricPointsAreExact() {
    for (double[] p : new double[][] {{2, 1, 0.05, 0.4, 8}, {0.8, 1.2, 0.1, 0.3, 5}}) {
      double aa = p[0] * p[2];
      double bb = -(p[0] - p[1]);
      double cc = -p[1] * p[3];
      double x = (-bb + Math.sqrt(bb * bb - 4 * aa * cc)) / (2 * aa);
      double w = (Math.log(x) / p[4] - 0.1) * 2 / (2 * 0.5);
      assertThat(new ExpStepResponse(p[0], p[1], p[2], p[3], p[4], p[4], 0.5, 0.1, -1, 1)
          .symmetricPoint()).isCloseTo(w, within(5e-16));
    }
    assertThat(new PowStepResponse(1.2, 0.8, 1.7, 1.7, -1, 0.5).symmetricPoint())
        .isCloseTo(-1 + 1.5 / (1 + Math.pow(0.8 / 1.2, 1 / 1.7)), within(5e-16));
    assertThat(new PowStepResponse(0.8, 1.2, 1.7, 1.7, -1, 0.5).symmetricPoint())
        .isCloseTo(-1 + 1.5 / (1 + Math.pow(1.2 / 0.8, 1 / 1.7)), within(5e-16));
    assertThat(new ExponentialResponse(1.3, 1.3, 0.8, 2).symmetricPoint()).isEqualTo(0.0);
  }

  /**
   * Degenerate ranges and nodes: a piecewise step with one node, or with bMin = bMax, is the
   * first node's constant step (slope 0); an ExpStep with bMin = bMax has z = b, so its steps are
   * alpha max(0, 1 - A e^(+-gamma b)) and their slopes 0.
   */
  @Test
  void degenerateRangesGiveConstantSteps() {
    PiecewiseStepResponse oneNode = new PiecewiseStepResponse(2, 3, new double[] {0.7},
        new double[] {0.4}, -1, 1);
    PiecewiseStepResponse point = new PiecewiseStepResponse(2, 3, new double[] {0.7, 0.1},
        new double[] {0.4, 0.9}, 0.2, 0.2);
    for (PiecewiseStepResponse r : new PiecewiseStepResponse[] {oneNode, point}) {
      assertThat(r.qPlus(0.2)).isCloseTo(1.4, within(1e-15));
      assertThat(r.qMinus(0.2)).isCloseTo(1.2, within(1e-15));
      assertThat(r.dqPlus(0.2)).isZero();
      assertThat(r.dqMinus(0.2)).isZero();
      // the first node holds for every w, also away from the (empty) range
      for (double w : new double[] {-3, 0.19, 0.5, 7}) {
        assertThat(r.qPlus(w)).as("q+(%s)", w).isCloseTo(1.4, within(1e-15));
        assertThat(r.qMinus(w)).as("q-(%s)", w).isCloseTo(1.2, within(1e-15));
        assertThat(r.dqPlus(w)).as("dq+(%s)", w).isZero();
        assertThat(r.dqMinus(w)).as("dq-(%s)", w).isZero();
      }
    }
    ExpStepResponse flat = new ExpStepResponse(1.5, 0.5, 0.1, 0.2, 2, 3, 0.5, 0.25, 0.3, 0.3);
    assertThat(flat.qPlus(0.3)).isCloseTo(1.5 * (1 - 0.1 * Math.exp(2 * 0.25)), within(1e-15));
    assertThat(flat.qMinus(0.3)).isCloseTo(0.5 * (1 - 0.2 * Math.exp(-3 * 0.25)), within(1e-15));
    assertThat(flat.dqPlus(0.3)).isZero();
    assertThat(flat.dqMinus(0.3)).isZero();
  }

  /**
   * A shifted response's constants on its whole range are its base's on the base's whole range:
   * the ends map back onto the base's bounds exactly, whatever rounding w + r would give; an
   * interval reaching outside the shifted range is refused.
   */
  @Test
  void shiftedConstantsOnTheWholeRangeAreTheBases() {
    ResponseFunction base = new LinearStepResponse(1.2, 0.8, 0.3, 0.2, 1, 1, -0.7, 0.9);
    // 2.5 and 0.3: (b_min - r) + r falls below b_min and (b_max - r) + r above b_max in doubles
    for (double r : new double[] {0.1, -0.3, 1.0 / 3, 0.7, -2.2, 2.5, 0.3}) {
      ShiftedResponse s = ShiftedResponse.of(base, r);
      assertThat(s.constants(s.wMin(), s.wMax()))
          .isEqualTo(base.constants(base.wMin(), base.wMax()));
      refuses("", () -> s.constants(s.wMin() - 0.01, s.wMax()));
      refuses("", () -> s.constants(s.wMin(), s.wMax() + 0.01));
    }
  }

  /** q+ = 2 - w, q- = 2 + w on [-1, 1], without analytic derivatives (the interface's defaults). */
  private static ResponseFunction sampledLinear(double lo) {
    return new ResponseFunction() {
      @Override
      public double qPlus(double w) {
        return 2 - w;
      }

      @Override
      public double qMinus(double w) {
        return 2 + w;
      }

      @Override
      public double wMin() {
        return lo;
      }

      @Override
      public double wMax() {
        return 1;
      }

      @Override
      public double symmetricPoint() {
        return ResponseAnalysis.numericSymmetricPoint(this);
      }

      @Override
      public ResponseConstants constants(double a, double b) {
        return ResponseAnalysis.sampledConstants(this, a, b);
      }
    };
  }

  /**
   * Only repelling roots (G decreasing): the device drifts to the bound on wMin's side, wMin if
   * G(wMin) &gt; 0, else wMax (class comment of {@link ResponseAnalysis}), for affine devices
   * (linear steps with gamma_up &lt; 0 &lt; gamma_down) and for the numerical root (piecewise
   * steps), G(wMin) = 0 exactly included; with one attracting and one repelling root (G = -1/2,
   * 1/2, -1/2 at the nodes -1, 0, 1) the attracting one, -1/2.
   */
  @Test
  void repellingDevicesDriftToTheBoundOnWMinsSide() {
    // G = -w/2: a repelling root at 0, G(-1) > 0
    assertThat(new LinearStepResponse(1, 1, -0.5, 0.5, 1, 1, -1, 1).symmetricPoint()).isEqualTo(-1);
    // G = (0.3 - 0.5 - 0.6 w)/2 < 0 at -1
    assertThat(new LinearStepResponse(1, 0.2, -0.5, 0.5, 1, 1, -1, 1).symmetricPoint()).isEqualTo(1);
    // G(0) = 0 exactly, then negative
    assertThat(new LinearStepResponse(1, 1, -0.5, 0.5, 1, 1, 0, 1).symmetricPoint()).isEqualTo(1);
    double[] rising = {0.5, 1.5};
    double[] falling = {1.5, 0.5};
    assertThat(ResponseAnalysis.numericSymmetricPoint(
        new PiecewiseStepResponse(1, 1, rising, falling, -1, 1))).isEqualTo(-1);
    assertThat(ResponseAnalysis.numericSymmetricPoint(
        new PiecewiseStepResponse(1, 1, new double[] {1, 1.5}, new double[] {1, 0.5}, 0, 1)))
        .isEqualTo(1);
    assertThat(ResponseAnalysis.numericSymmetricPoint(
        new PiecewiseStepResponse(1, 1, new double[] {1, 0.5}, new double[] {1, 1.5}, 0, 1)))
        .isEqualTo(0);
    assertThat(ResponseAnalysis.numericSymmetricPoint(
        new PiecewiseStepResponse(1, 1, new double[] {1.5, 0.5, 1.5}, new double[] {0.5, 1.5, 0.5},
            -1, 1))).isCloseTo(-0.5, within(1e-12));
  }

  /**
   * Without analytic derivatives the constants come from finite differences: for q+ = 2 - w,
   * q- = 2 + w on [-1, 1], q_min = 1, q_max = 3, mu_q = 1, L_q = 1; intervals outside the range
   * and infinite ranges are refused.
   */
  @Test
  void constantsWithoutDerivativesUseFiniteDifferences() {
    ResponseFunction r = sampledLinear(-1);
    ResponseConstants c = r.constants(-1, 1);
    assertThat(c.qMin()).isCloseTo(1, within(1e-12));
    assertThat(c.qMax()).isCloseTo(3, within(1e-12));
    assertThat(c.muQ()).isCloseTo(1, within(1e-8));
    assertThat(c.lQ()).isCloseTo(1, within(1e-8));
    assertThat(r.symmetricPoint()).isCloseTo(0, within(1e-14));
    refuses("", () -> r.constants(-1.5, 1));
    refuses("finite range", () -> sampledLinear(Double.NEGATIVE_INFINITY).symmetricPoint());
  }
}

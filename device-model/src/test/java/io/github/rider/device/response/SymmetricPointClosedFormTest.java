package io.github.rider.device.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every closed-form symmetric point equals the attracting root of G found numerically
 * ({@link ResponseAnalysis#numericSymmetricPoint}: scan + Brent), over seeded random parameters;
 * the families without a closed form return a point where G vanishes (or the attracting bound);
 * and the printed eq. (104) (minus sign) is refuted by the same check.
 */
class SymmetricPointClosedFormTest {

  private static final int DRAWS = 400;
  /** Brent's absolute accuracy is 1e-14; allow rounding in the closed forms too. */
  private static final double TOL = 1e-9;

  private static double u(RandomGenerator r, double lo, double hi) {
    return lo + (hi - lo) * r.nextDouble();
  }

  private static List<ResponseFunction> draws(Function<RandomGenerator, ResponseFunction> gen) {
    RandomGenerator r = RandomStreams.of(20260224).stream("sp-test");
    List<ResponseFunction> out = new ArrayList<>();
    for (int k = 0; k < DRAWS; k++) {
      out.add(gen.apply(r));
    }
    return out;
  }

  private static void assertClosedFormIsRoot(Function<RandomGenerator, ResponseFunction> gen) {
    for (ResponseFunction rf : draws(gen)) {
      double closed = rf.symmetricPoint();
      double numeric = ResponseAnalysis.numericSymmetricPoint(rf);
      assertThat(closed).as("%s", rf).isCloseTo(numeric, org.assertj.core.api.Assertions.within(
          TOL * (rf.wMax() - rf.wMin())));
    }
  }

  @Test
  void paperLinearDeviceEq103() {
    assertClosedFormIsRoot(r -> new LinearResponse(u(r, 0.3, 2), u(r, 0.3, 2), u(r, 0.2, 3),
        u(r, 0.2, 3)));
  }

  @Test
  void softBounds() {
    assertClosedFormIsRoot(r -> new SoftBoundsResponse(u(r, 0.3, 2), u(r, 0.3, 2),
        -u(r, 0.2, 2), u(r, 0.2, 2)));
  }

  @Test
  void linearStepWithMeanBoundAndDeviceReferences() {
    assertClosedFormIsRoot(r -> {
      double bMax = u(r, 0.3, 1.5);
      double bMin = -u(r, 0.3, 1.5);
      boolean mean = r.nextBoolean();
      return new LinearStepResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5), u(r, 0, 0.9), u(r, 0, 0.9),
          mean ? 0.6 : bMax, mean ? -0.6 : bMin, bMin, bMax);
    });
  }

  @Test
  void constantStepDriftsToTheBoundOfTheLargerStep() {
    assertClosedFormIsRoot(r -> new ConstantStepResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5),
        -u(r, 0.3, 1), u(r, 0.3, 1)));
    ConstantStepResponse up = new ConstantStepResponse(1.1, 1.0, -0.6, 0.7);
    assertThat(up.symmetricPoint()).isEqualTo(0.7);
    assertThat(new ConstantStepResponse(0.9, 1.0, -0.6, 0.7).symmetricPoint()).isEqualTo(-0.6);
  }

  @Test
  void powStepWithEqualExponents() {
    assertClosedFormIsRoot(r -> {
      double gamma = u(r, 0.5, 3);
      return new PowStepResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5), gamma, gamma, -u(r, 0.3, 1.5),
          u(r, 0.3, 1.5));
    });
  }

  @Test
  void expStepWithEqualPositiveExponents() {
    assertClosedFormIsRoot(r -> {
      double gamma = u(r, 0.2, 10);
      double shift = u(r, 0, 1);
      return new ExpStepResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5), Math.exp(-gamma) * shift,
          Math.exp(-gamma) * u(r, 0, 1), gamma, gamma, u(r, 0.2, 1), u(r, -0.3, 0.3),
          -u(r, 0.3, 1.5), u(r, 0.3, 1.5));
    });
  }

  @Test
  void powerWithStepMultipliers() {
    assertClosedFormIsRoot(r -> new PowerResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5), u(r, 0.2, 4),
        u(r, 0.5, 3)));
    assertThat(PowerResponse.of(2, 1.5).symmetricPoint()).isZero();
  }

  @Test
  void exponentialIsSymmetricAtZero() {
    assertClosedFormIsRoot(r -> ExponentialResponse.of(u(r, 0.2, 4), u(r, 0.1, 5)));
  }

  @Test
  void asymmetricLinearDevice() {
    assertClosedFormIsRoot(r -> new AldResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5), u(r, 0.2, 4),
        u(r, -1, 1)));
    assertThat(AldResponse.of(1, 0.3).symmetricPoint()).isEqualTo(0.3);
  }

  @Test
  void shiftedResponseMovesTheSymmetricPointByTheReference() {
    assertClosedFormIsRoot(r -> new SoftBoundsResponse(u(r, 0.3, 2), u(r, 0.3, 2),
        -u(r, 0.2, 2), u(r, 0.2, 2)).shifted(u(r, -0.5, 0.5)));
  }

  /** Families without a closed form: G(SP) = 0 at an interior SP, else SP is a bound. */
  @Test
  void numericFamiliesReturnARootOfG() {
    List<ResponseFunction> all = new ArrayList<>();
    all.addAll(draws(r -> new PowStepResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5), u(r, 0.5, 3),
        u(r, 0.5, 3), -u(r, 0.3, 1.5), u(r, 0.3, 1.5))));
    all.addAll(draws(r -> new ExpStepResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5), u(r, -1.5, 0.5),
        u(r, -1.5, 0.5), u(r, 1, 6), u(r, 1, 6), u(r, -1, 1), u(r, -0.5, 0.5), -u(r, 0.3, 1.5),
        u(r, 0.3, 1.5))));
    all.addAll(draws(r -> new PiecewiseStepResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5),
        new double[] {u(r, 1, 2), u(r, 0.5, 1), u(r, 0.1, 0.5)},
        new double[] {u(r, 0.1, 0.5), u(r, 0.5, 1), u(r, 1, 2)}, -u(r, 0.3, 1.5),
        u(r, 0.3, 1.5))));
    all.addAll(draws(r -> new ExponentialResponse(u(r, 0.5, 1.5), u(r, 0.5, 1.5), u(r, 0.2, 4),
        u(r, 0.1, 5))));
    for (ResponseFunction rf : all) {
      double sp = rf.symmetricPoint();
      if (sp > rf.wMin() && sp < rf.wMax()) {
        assertThat(Math.abs(rf.g(sp))).as("%s", rf).isLessThan(1e-9);
        double h = 1e-6 * (rf.wMax() - rf.wMin());
        assertThat(rf.g(sp - h)).as("attracting, %s", rf).isLessThanOrEqualTo(1e-9);
        assertThat(rf.g(sp + h)).as("attracting, %s", rf).isGreaterThanOrEqualTo(-1e-9);
      } else {
        // a bound: the drift -G points into it
        assertThat(sp == rf.wMin() ? rf.g(sp) : -rf.g(sp)).as("%s", rf)
            .isGreaterThanOrEqualTo(0);
      }
    }
  }

  /** Mutation check: eq. (104) as printed (minus sign) is not the root of G. */
  @Test
  void printedEq104WithMinusSignIsRefuted() {
    int refuted = 0;
    for (ResponseFunction rf : draws(r -> new LinearResponse(u(r, 0.3, 2), u(r, 0.3, 2),
        u(r, 0.2, 3), u(r, 0.2, 3)))) {
      LinearResponse l = (LinearResponse) rf;
      double printed = (l.alphaPlus() - l.alphaMinus())
          / (l.alphaPlus() / l.tauMax() - l.alphaMinus() / l.tauMin());
      if (Math.abs(printed - ResponseAnalysis.numericSymmetricPoint(l)) > 1e-6) {
        refuted++;
      }
    }
    assertThat(refuted).isGreaterThan(DRAWS * 9 / 10);
  }
}

package io.github.rider.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The argument checks at their exact boundaries: each documented interval is closed or open as its
 * Javadoc says, NaN and infinities are refused, and the message names the parameter and the value.
 */
class RequireTest {

  @Test
  void positiveExcludesZeroAndAcceptsTheSmallestPositiveDouble() {
    assertThat(Require.positive("x", Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
    assertThat(Require.positive("x", Double.MAX_VALUE)).isEqualTo(Double.MAX_VALUE);
    for (double bad : new double[] {0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Require.positive("dwMin", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dwMin must be finite and > 0, was " + bad);
    }
  }

  @Test
  void nonNegativeIncludesZero() {
    assertThat(Require.nonNegative("x", 0)).isZero();
    assertThat(Require.nonNegative("x", Double.MAX_VALUE)).isEqualTo(Double.MAX_VALUE);
    for (double bad : new double[] {-Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Require.nonNegative("sigma", bad))
          .hasMessage("sigma must be finite and >= 0, was " + bad);
    }
  }

  @Test
  void finiteRefusesNaNAndBothInfinities() {
    assertThat(Require.finite("x", -Double.MAX_VALUE)).isEqualTo(-Double.MAX_VALUE);
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Require.finite("w0", bad)).hasMessage("w0 must be finite, was " + bad);
    }
  }

  @Test
  void countsHaveTheirLowerEndsIncluded() {
    assertThat(Require.positive("n", 1L)).isEqualTo(1L);
    assertThatThrownBy(() -> Require.positive("n", 0L)).hasMessage("n must be >= 1, was 0");
    assertThat(Require.nonNegative("n", 0L)).isZero();
    assertThat(Require.nonNegative("n", 7L)).isEqualTo(7L);
    assertThatThrownBy(() -> Require.nonNegative("n", -1L)).hasMessage("n must be >= 0, was -1");
  }

  @Test
  void unitIntervalIsClosedAndEtaIsHalfOpen() {
    assertThat(Require.unitInterval("p", 0)).isZero();
    assertThat(Require.unitInterval("p", 1)).isEqualTo(1);
    for (double bad : new double[] {-Double.MIN_VALUE, Math.nextUp(1.0), Double.NaN}) {
      assertThatThrownBy(() -> Require.unitInterval("p", bad))
          .hasMessage("p must be in [0, 1], was " + bad);
    }
    assertThat(Require.eta(1)).isEqualTo(1);
    assertThat(Require.eta(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
    for (double bad : new double[] {0, Math.nextUp(1.0), Double.NaN}) {
      assertThatThrownBy(() -> Require.eta(bad)).hasMessage("eta must be in (0, 1], was " + bad);
    }
  }

  @Test
  void ceilToLongRoundsUpAndRefusesWhatDoesNotFit() {
    assertThat(Require.ceilToLong("N", 0)).isZero();
    assertThat(Require.ceilToLong("N", 2.000001)).isEqualTo(3);
    assertThat(Require.ceilToLong("N", Math.nextDown(0x1p63))).isEqualTo((long) Math.nextDown(0x1p63));
    for (double bad : new double[] {0x1p63, -1, Double.NaN}) {
      assertThatThrownBy(() -> Require.ceilToLong("N", bad))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage("N does not fit in a long: " + bad);
    }
  }

  @Test
  void vectorsMustBeNonEmptyFiniteAndOfOneLength() {
    assertThat(Require.mean("v", new double[] {1, 2, 6})).isEqualTo(3);
    assertThatThrownBy(() -> Require.mean("v", new double[0]))
        .hasMessage("v must be a non-empty array");
    double[] v = {1, -2};
    assertThat(Require.finiteVector("v", v)).isSameAs(v);
    assertThatThrownBy(() -> Require.finiteVector("v", new double[] {1, Double.NaN}))
        .hasMessage("v[1] must be finite, was NaN");
    Require.sameLength("ok", new double[2], new double[2]);
    assertThatThrownBy(() -> Require.sameLength("pair", new double[2], new double[3]))
        .hasMessage("pair: arrays must have the same length, got 2 and 3");
    assertThat(Require.notNull("o", "x")).isEqualTo("x");
    assertThatThrownBy(() -> Require.notNull("device", null))
        .hasMessage("device must not be null");
  }
}

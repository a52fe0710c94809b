package io.github.rider.device.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The four-chain maximum of |v_i| that scales the pulse trains and the periphery's noise
 * management equals the plain running maximum bit for bit, NaNs, signed zeros and infinities
 * included, in double and after rounding to float.
 */
class MaxAbsTest {

  private static final double[] SPECIAL = {0.0, -0.0, 1e-300, -3.5, 2.0, Double.NaN,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e39, -1e39};

  @Test
  void equalsTheRunningMaximumForEveryLengthAndSpecialValue() {
    SplittableRandom rng = new SplittableRandom(11);
    for (int trial = 0; trial < 20_000; trial++) {
      int n = rng.nextInt(12);
      double[] v = new double[n + 2]; // the tail beyond n must not count
      for (int i = 0; i < v.length; i++) {
        v[i] = rng.nextInt(4) == 0 ? SPECIAL[rng.nextInt(SPECIAL.length)]
            : rng.nextDouble(-2, 2);
      }
      double plain = 0;
      float plainFloat = 0;
      for (int i = 0; i < n; i++) {
        plain = Math.max(plain, Math.abs(v[i]));
        plainFloat = Math.max(plainFloat, Math.abs((float) v[i]));
      }
      double m = PulsedUpdate.maxAbs(v, n);
      assertThat(Double.doubleToRawLongBits(m)).isEqualTo(Double.doubleToRawLongBits(plain));
      assertThat(Float.floatToRawIntBits((float) m))
          .isEqualTo(Float.floatToRawIntBits(plainFloat));
    }
  }
}

package io.github.rider.device.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.ConstantStepSpec;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.tile.UpdateParameters.PulseType;
import org.junit.jupiter.api.Test;

/** BL, update management and pulse counts of docs/pulse-update.md §2-3. */
class PulsedUpdateTest {

  private static final double G = 0.0625;
  private static final double[] X = {0.75, -0.5, 0.1, 0};
  private static final double[] D = {0.5, -0.25, 0.15};

  private static PulsedUpdate updater(long seed) {
    return new PulsedUpdate(3, 4, RandomStreams.of(seed).stream(RandomStreams.PULSE_TRAIN));
  }

  /** Mean signed counts over reps draws, and their standard errors. */
  private static double[][] meanCounts(PulsedUpdate u, double lr, UpdateParameters p, int reps) {
    int[] c = new int[12];
    double[] sum = new double[12];
    double[] sumSq = new double[12];
    for (int r = 0; r < reps; r++) {
      u.counts(X, D, lr, G, p, c);
      for (int k = 0; k < 12; k++) {
        sum[k] += c[k];
        sumSq[k] += (double) c[k] * c[k];
      }
    }
    double[] se = new double[12];
    for (int k = 0; k < 12; k++) {
      sum[k] /= reps;
      se[k] = Math.sqrt(Math.max(sumSq[k] / reps - sum[k] * sum[k], 1e-12) / reps);
    }
    return new double[][] {sum, se};
  }

  @Test
  void meanPulseCountsEqualLrXdOverGranularityWithoutSaturation() {
    double lr = 1.0; // k = lr 0.75 0.5 / g = 6 < 31: BL = 6, no clipping (exact binary fractions)
    double[][] m = meanCounts(updater(1), lr, UpdateParameters.DEFAULTS, 20000);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        double expected = -lr * X[j] * D[i] / G; // down (negative) when lr x d > 0
        // 5 standard errors per element (12 elements): false failure < 1e-5
        assertThat(m[0][i * 4 + j]).as("n[%d][%d]", i, j)
            .isCloseTo(expected, within(5 * m[1][i * 4 + j] + 1e-9));
      }
    }
    PulsedUpdate u = updater(2);
    u.counts(X, D, lr, G, UpdateParameters.DEFAULTS, new int[12]);
    assertThat(u.lastBl()).isEqualTo(6);
    // mutation: a BL capped below k (desired_bl 2 < k = 6) saturates, and the test sees it
    double[][] bad = meanCounts(updater(3), lr, UpdateParameters.DEFAULTS.withDesiredBl(2), 20000);
    boolean differs = false;
    for (int k = 0; k < 12; k++) {
      differs |= Math.abs(bad[0][k] - m[0][k]) > 5 * (bad[1][k] + m[1][k]);
    }
    assertThat(differs).isTrue();
  }

  @Test
  void updateManagementClipsTheGradientWhenKExceedsBl() {
    double lr = 10.0; // k = 10 0.75 0.5 / 0.0625 = 60 > 31
    UpdateParameters p = UpdateParameters.DEFAULTS;
    PulsedUpdate u = updater(4);
    int[] c = new int[12];
    for (int r = 0; r < 200; r++) {
      u.counts(X, D, lr, G, p, c);
      // the largest |x d| cross-point gets exactly min(k, BL) = 31 pulses (p_x = p_d = 1)
      assertThat(c[0]).isEqualTo(-31);
    }
    assertThat(u.lastBl()).isEqualTo(31);
    // elsewhere E[n_ij] = BL min(1, B|x_j|) min(1, A|d_i|) with dm shrunk by BL/k:
    double k = lr * 0.75 * 0.5 / G;
    double dmClipped = 0.5 * 31 / k;
    double a = Math.sqrt(lr / (G * 31)) * Math.sqrt(0.75 / dmClipped);
    double b = Math.sqrt(lr / (G * 31)) * Math.sqrt(dmClipped / 0.75);
    double[][] m = meanCounts(updater(5), lr, p, 20000);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        double expected = -Math.signum(X[j] * D[i]) * 31 * Math.min(1, b * Math.abs(X[j]))
            * Math.min(1, a * Math.abs(D[i]));
        assertThat(m[0][i * 4 + j]).isCloseTo(expected, within(5 * m[1][i * 4 + j] + 1e-9));
        // A B = lr/(g BL) is unchanged, so clipping acts only through saturation: never more
        // than the unclipped lr |x d| / g (up to 5 standard errors)
        assertThat(Math.abs(m[0][i * 4 + j])).isLessThanOrEqualTo(
            lr * Math.abs(X[j] * D[i]) / G + 5 * m[1][i * 4 + j] + 1e-9);
      }
    }
  }

  @Test
  void deterministicImplicitAndMeanCountAreExactRoundings() {
    double lr = 1.0;
    UpdateParameters p = UpdateParameters.DEFAULTS.withPulseType(PulseType.DETERMINISTIC_IMPLICIT);
    int[] c = new int[12];
    updater(6).counts(X, D, lr, G, p, c);
    // BL = 6, p_x p_d BL = lr |x d| / g exactly (no saturation), rounded half-even
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        double n = Math.rint(lr * Math.abs(X[j] * D[i]) / G);
        assertThat(c[i * 4 + j]).isEqualTo((int) (-Math.signum(X[j] * D[i]) * n));
      }
    }
    UpdateParameters mc = p.withPulseType(PulseType.MEAN_COUNT);
    updater(7).counts(X, D, lr, G, mc, c);
    double s = Math.sqrt(lr / (G * 6));
    double a = s * Math.sqrt(0.75 / 0.5);
    double b = s * Math.sqrt(0.5 / 0.75);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        double cd = Math.rint(6 * Math.min(1, a * Math.abs(D[i])));
        double cx = Math.rint(6 * Math.min(1, b * Math.abs(X[j])));
        assertThat(c[i * 4 + j]).isEqualTo((int) (-Math.signum(X[j] * D[i]) * Math.rint(cd * cx / 6)));
      }
    }
    // negative lr reverses every sign
    int[] neg = new int[12];
    updater(8).counts(X, D, -lr, G, p, neg);
    updater(9).counts(X, D, lr, G, p, c);
    for (int k = 0; k < 12; k++) {
      assertThat(neg[k]).isEqualTo(-c[k]);
    }
  }

  @Test
  void appliedPulsesMoveConstantStepDevicesByExactlyTheCounts() {
    // docs/transfer-compounds.md §8: ConstantStep dw_min = 1, no noise, wide bounds
    ConstantStepSpec spec = new ConstantStepSpec(PulsedParams.NOISE_FREE.withDwMin(1),
        Bounds.fixed(-100, 100));
    DeviceArray dev = DeviceArray.createNominal(spec, 12, RandomStreams.of(10));
    UpdateParameters p = UpdateParameters.DEFAULTS;
    int[] c = new int[12];
    updater(11).counts(X, D, 20, 1, p, c);
    long fired = updater(11).apply(dev, 1, X, D, 20, p);
    long total = 0;
    for (int k = 0; k < 12; k++) {
      assertThat(dev.read(k)).isEqualTo(c[k]);
      total += Math.abs(c[k]);
    }
    assertThat(fired).isEqualTo(total).isEqualTo(dev.pulseCount()).isPositive();
  }
}

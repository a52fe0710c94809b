package io.github.rider.device.tile;

import io.github.rider.device.tile.IoParameters.BoundManagement;
import io.github.rider.device.tile.IoParameters.NoiseManagement;
import java.util.random.RandomGenerator;

/**
 * One MVM direction of an analog tile with AIHWKit 1.0.0's periphery (tile-io.md §2-3, §7), in
 * float32 as AIHWKit computes (§8.2):
 *
 * <pre>
 *   y = s r clip_bout( Q_out( W clip_bin(Q_in(x / (s r))) + sigma_in W xi + sigma_out xi ) )
 * </pre>
 *
 * with s = max|x| under ABS_MAX noise management (1 without), r the bound-management reduction
 * (1, 2, 4, ... while an output clips, stopping once r &gt; maxBmFactor or r &gt; maxBmRes/Delta_in;
 * the last pass is kept even if it clipped), Q_Delta(v) = rint(v/Delta) Delta (round half even),
 * DAC order quantise-clip-noise and ADC order noise-quantise-clip (tile-io.md §9.1). An all-zero
 * input under noise management gives exactly 0 (§2.2). Perfect I/O: y = W x in double.
 *
 * <p>Quirks mirrored: the float32 top ADC level 255 Delta_out = 12.000001 &gt; 12 counts as a BM hit
 * (§8.2). Not modelled: inp/out asymmetry, weight noise, IR drop, nm_thres, out_noise_std, other
 * NM/BM types. Scratch buffers are preallocated; no allocation per call. Not thread-safe.
 */
public final class IoPeriphery {

  private final IoParameters io;
  private final RandomGenerator rng;
  private final float dIn;
  private final float dOut;
  private final float bIn;
  private final float bOut;
  private final float[] v;
  private final float[] z;

  /**
   * @param io      the I/O parameters
   * @param maxSize the largest input or output length this periphery will see
   * @param rng     the I/O noise stream
   */
  public IoPeriphery(IoParameters io, int maxSize, RandomGenerator rng) {
    this.io = io;
    this.rng = rng;
    this.dIn = io.inputStep();
    this.dOut = io.outputStep();
    this.bIn = io.inpBound() > 0 ? (float) io.inpBound() : Float.POSITIVE_INFINITY;
    this.bOut = io.outBound() > 0 ? (float) io.outBound() : Float.POSITIVE_INFINITY;
    this.v = new float[maxSize];
    this.z = new float[maxSize];
  }

  /** The parameters. */
  public IoParameters parameters() {
    return io;
  }

  /** y = W x (W row-major rows x cols), tile-io.md §2; bound management as configured. */
  public void forward(double[] w, int rows, int cols, double[] x, double[] y) {
    mvm(w, rows, cols, false, x, y, io.boundManagement() == BoundManagement.ITERATIVE);
  }

  /** z = W^T d, tile-io.md §3 (bound management always off). */
  public void backward(double[] w, int rows, int cols, double[] d, double[] z) {
    mvm(w, rows, cols, true, d, z, false);
  }

  /**
   * Transfer read of a column vector (tile-io.md §7): input e_j without noise management, so the
   * output is clip_bout(Q_out(Q_in'(1) column + sigma_out xi)), Q_in'(1) the DAC value of 1.
   */
  public void readColumn(double[] column, int n, double[] out) {
    if (io.isPerfect()) {
      System.arraycopy(column, 0, out, 0, n);
      return;
    }
    float one = dac(1f);
    for (int i = 0; i < n; i++) {
      z[i] = (float) column[i] * one;
    }
    adc(n);
    for (int i = 0; i < n; i++) {
      out[i] = z[i];
    }
  }

  private void mvm(double[] w, int rows, int cols, boolean transpose, double[] x, double[] y,
      boolean bm) {
    int nIn = transpose ? rows : cols;
    int nOut = transpose ? cols : rows;
    if (io.isPerfect()) {
      perfect(w, cols, transpose, x, y, nIn, nOut);
      return;
    }
    boolean nm = io.noiseManagement() == NoiseManagement.ABS_MAX;
    float s = 0;
    if (nm) {
      for (int j = 0; j < nIn; j++) {
        s = Math.max(s, Math.abs((float) x[j]));
      }
      if (!(s > 0) && io.inpNoise() <= 0) {
        java.util.Arrays.fill(y, 0, nOut, 0.0);
        return;
      }
    }
    float scale;
    boolean scaling = nm || bm;
    for (int r = 1; ; r *= 2) {
      scale = 1f;
      if (nm && s > 0) {
        scale = scale / s;
      }
      if (bm) {
        scale = scale / r;
      }
      for (int j = 0; j < nIn; j++) {
        float vj = scaling ? (float) x[j] * scale : (float) x[j];
        v[j] = dac(vj);
      }
      multiply(w, cols, transpose, nIn, nOut);
      boolean hit = adc(nOut);
      if (!bm || !hit || r > io.maxBmFactor() || (dIn > 0 && r > io.maxBmRes() / dIn)) {
        break;
      }
    }
    float factor = scaling ? 1f / scale : 1f;
    for (int i = 0; i < nOut; i++) {
      y[i] = z[i] * factor;
    }
  }

  private static void perfect(double[] w, int cols, boolean transpose, double[] x, double[] y,
      int nIn, int nOut) {
    for (int i = 0; i < nOut; i++) {
      double acc = 0;
      for (int j = 0; j < nIn; j++) {
        acc += (transpose ? w[j * cols + i] : w[i * cols + j]) * x[j];
      }
      y[i] = acc;
    }
  }

  private void multiply(double[] w, int cols, boolean transpose, int nIn, int nOut) {
    if (transpose) {
      java.util.Arrays.fill(z, 0, nOut, 0f);
      for (int j = 0; j < nIn; j++) {
        float vj = v[j];
        if (vj == 0f) {
          continue;
        }
        int o = j * cols;
        for (int i = 0; i < nOut; i++) {
          z[i] += (float) w[o + i] * vj;
        }
      }
    } else {
      for (int i = 0; i < nOut; i++) {
        float acc = 0f;
        int o = i * cols;
        for (int j = 0; j < nIn; j++) {
          acc += (float) w[o + j] * v[j];
        }
        z[i] = acc;
      }
    }
  }

  /** DAC of one value: quantise, clip, noise (tile-io.md §2.4). */
  private float dac(float value) {
    float q = quantise(value, dIn);
    q = Math.max(-bIn, Math.min(bIn, q));
    if (io.inpNoise() > 0) {
      q += (float) (io.inpNoise() * rng.nextGaussian());
    }
    return q;
  }

  /** ADC of z[0..n): noise, quantise, clip (tile-io.md §2.6); returns whether an output clipped. */
  private boolean adc(int n) {
    boolean hit = false;
    double sigma = io.outNoise();
    for (int i = 0; i < n; i++) {
      float zi = z[i];
      if (sigma > 0) {
        zi += (float) (sigma * rng.nextGaussian());
      }
      zi = quantise(zi, dOut);
      if (zi > bOut) {
        zi = bOut;
        hit = true;
      } else if (zi < -bOut) {
        zi = -bOut;
        hit = true;
      }
      z[i] = zi;
    }
    return hit;
  }

  /** Q_Delta(v) = rint(v/Delta) Delta in float32; identity for Delta = 0. */
  static float quantise(float value, float delta) {
    return delta > 0 ? (float) Math.rint(value / delta) * delta : value;
  }
}

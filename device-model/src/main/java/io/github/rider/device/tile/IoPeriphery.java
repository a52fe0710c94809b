package io.github.rider.device.tile;

import io.github.rider.device.Parallelism;
import io.github.rider.device.tile.IoParameters.BoundManagement;
import io.github.rider.device.tile.IoParameters.NoiseManagement;
import java.util.random.RandomGenerator;

/**
 * One MVM direction of an analog tile with AIHWKit 1.0.0's periphery (docs/tile-periphery.md §2-3,
 * §6), in float32 as AIHWKit computes (§7):
 *
 * <pre>
 *   y = s r clip_bout( Q_out( W clip_bin(Q_in(x / (s r))) + sigma_in W xi + sigma_out xi ) )
 * </pre>
 *
 * with s = max|x| under ABS_MAX noise management (1 without), r the bound-management reduction
 * (1, 2, 4, ... while an output clips, stopping once r &gt; maxBmFactor or r &gt;
 * maxBmRes/Delta_in; the last pass is kept even if it clipped), Q_Delta(v) = rint(v/Delta) Delta
 * (round half even), DAC order quantise-clip-noise and ADC order noise-quantise-clip
 * (docs/tile-periphery.md §8). An all-zero input under noise management gives exactly 0 (§2.2).
 * Perfect I/O: y = W x in double.
 *
 * <p>Quirks mirrored: the float32 top ADC level 255 Delta_out = 12.000001 &gt; 12 counts as a BM
 * hit (§7). Not modelled: inp/out asymmetry, weight noise, IR drop, nm_thres, out_noise_std, other
 * NM/BM types. Scratch buffers are preallocated; no allocation per call on one thread (see
 * {@link Parallelism} for the split products). Not thread-safe.
 */
public final class IoPeriphery {

  private final IoParameters io;
  private final RandomGenerator rng;
  private final Parallelism parallelism;
  private final float dIn;
  private final float dOut;
  private final float bIn;
  private final float bOut;
  private final float[] v;
  private final float[] z;
  private final int[] nonzero;
  private FloatWeights converted; // float32 copy of w for callers without one

  /**
   * @param io      the I/O parameters
   * @param maxSize the largest input or output length this periphery will see
   * @param rng     the I/O noise stream
   */
  public IoPeriphery(IoParameters io, int maxSize, RandomGenerator rng) {
    this(io, maxSize, rng, Parallelism.SERIAL);
  }

  /**
   * @param io          the I/O parameters
   * @param maxSize     the largest input or output length this periphery will see
   * @param rng         the I/O noise stream
   * @param parallelism how large products are split over output ranges (the same result for any)
   */
  public IoPeriphery(IoParameters io, int maxSize, RandomGenerator rng, Parallelism parallelism) {
    if (parallelism == null) {
      throw new IllegalArgumentException("parallelism must not be null");
    }
    this.io = io;
    this.rng = rng;
    this.parallelism = parallelism;
    this.dIn = io.inputStep();
    this.dOut = io.outputStep();
    this.bIn = io.inpBound() > 0 ? (float) io.inpBound() : Float.POSITIVE_INFINITY;
    this.bOut = io.outBound() > 0 ? (float) io.outBound() : Float.POSITIVE_INFINITY;
    this.v = new float[maxSize];
    this.z = new float[maxSize];
    this.nonzero = new int[maxSize];
  }

  /** The parameters. */
  public IoParameters parameters() {
    return io;
  }

  /** y = W x (W row-major rows x cols), §2; bound management as configured. */
  public void forward(double[] w, int rows, int cols, double[] x, double[] y) {
    forward(w, toFloat(w, rows, cols), rows, cols, x, y);
  }

  /**
   * y = W x as {@link #forward(double[], int, int, double[], double[])}, given also {@code wf},
   * the float32 values of w ({@code wf.get(i, j) == (float) w[i cols + j]}), which the non-perfect
   * I/O multiplies with (the caller keeps it next to w instead of converting every weight on every
   * call).
   */
  public void forward(double[] w, FloatWeights wf, int rows, int cols, double[] x, double[] y) {
    mvm(w, wf, rows, cols, false, x, y, io.boundManagement() == BoundManagement.ITERATIVE);
  }

  /** z = W^T d, docs/tile-periphery.md §3 (bound management always off). */
  public void backward(double[] w, int rows, int cols, double[] d, double[] z) {
    backward(w, toFloat(w, rows, cols), rows, cols, d, z);
  }

  /** z = W^T d given also the float32 values wf of w (see {@link #forward(double[],
   * FloatWeights, int, int, double[], double[])}). */
  public void backward(double[] w, FloatWeights wf, int rows, int cols, double[] d, double[] z) {
    mvm(w, wf, rows, cols, true, d, z, false);
  }

  /** The float32 values of w in a scratch copy, or null with perfect I/O (not needed). */
  private FloatWeights toFloat(double[] w, int rows, int cols) {
    if (io.isPerfect()) {
      return null;
    }
    if (converted == null || converted.rows() != rows || converted.cols() != cols) {
      converted = new FloatWeights(rows, cols);
    }
    converted.setAll(w);
    return converted;
  }

  /**
   * Transfer read of a column vector (docs/tile-periphery.md §6): input e_j without noise
   * management, so the output is clip_bout(Q_out(Q_in'(1) column + sigma_out xi)), Q_in'(1) the DAC
   * value of 1.
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

  private void mvm(double[] w, FloatWeights wf, int rows, int cols, boolean transpose, double[] x,
      double[] y, boolean bm) {
    int nIn = transpose ? rows : cols;
    int nOut = transpose ? cols : rows;
    if (io.isPerfect()) {
      perfect(w, cols, transpose, x, y, nIn, nOut);
      return;
    }
    boolean nm = io.noiseManagement() == NoiseManagement.ABS_MAX;
    float s = 0;
    if (nm) {
      // = the running float maximum of |(float) x_j|: rounding to float is monotone
      s = (float) PulsedUpdate.maxAbs(x, nIn);
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
      dac(x, scaling, scale, nIn);
      multiply(wf, transpose, nIn, nOut);
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

  /**
   * y = W x (or W^T x) in double, bit-identical to the plain per-output loop (every output sums
   * its terms in the order j = 0, 1, ..., starting from 0; floating-point addition is never
   * reordered). Forward accumulates four outputs side by side (four independent dependency
   * chains); the transpose streams the rows of W into y. Split over output ranges by {@link
   * #parallelism} (each output computed exactly as on one thread).
   */
  private void perfect(double[] w, int cols, boolean transpose, double[] x, double[] y,
      int nIn, int nOut) {
    if (parallelism.splits(nOut, (long) nIn * nOut)) {
      parallelism.forRanges(nOut, (from, to) -> perfectRange(w, cols, transpose, x, y, nIn, from,
          to));
    } else {
      perfectRange(w, cols, transpose, x, y, nIn, 0, nOut);
    }
  }

  /** {@link #perfect} for the outputs [from, to). */
  private static void perfectRange(double[] w, int cols, boolean transpose, double[] x,
      double[] y, int nIn, int from, int to) {
    int i = from;
    if (transpose) {
      // row-streaming: y[i] += w[j][i] x[j] for j = 0, 1, ... (the same additions in the same
      // order as the per-output loop, 0 + w x first), four rows of W per pass over y
      java.util.Arrays.fill(y, from, to, 0.0);
      int j = 0;
      for (; j + 3 < nIn; j += 4) {
        int o0 = j * cols;
        int o1 = o0 + cols;
        int o2 = o1 + cols;
        int o3 = o2 + cols;
        double x0 = x[j];
        double x1 = x[j + 1];
        double x2 = x[j + 2];
        double x3 = x[j + 3];
        for (int k = from; k < to; k++) {
          double t = y[k];
          t += w[o0 + k] * x0;
          t += w[o1 + k] * x1;
          t += w[o2 + k] * x2;
          t += w[o3 + k] * x3;
          y[k] = t;
        }
      }
      for (; j < nIn; j++) {
        int o = j * cols;
        double xj = x[j];
        for (int k = from; k < to; k++) {
          y[k] += w[o + k] * xj;
        }
      }
    } else {
      for (; i + 3 < to; i += 4) {
        int o0 = i * cols;
        int o1 = o0 + cols;
        int o2 = o1 + cols;
        int o3 = o2 + cols;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        for (int j = 0; j < nIn; j++) {
          double xj = x[j];
          a0 += w[o0 + j] * xj;
          a1 += w[o1 + j] * xj;
          a2 += w[o2 + j] * xj;
          a3 += w[o3 + j] * xj;
        }
        y[i] = a0;
        y[i + 1] = a1;
        y[i + 2] = a2;
        y[i + 3] = a3;
      }
      for (; i < to; i++) {
        double acc = 0;
        int o = i * cols;
        for (int j = 0; j < nIn; j++) {
          acc += w[o + j] * x[j];
        }
        y[i] = acc;
      }
    }
  }

  /**
   * z = W v (or W^T v) in float32 (wf = the float32 weights), bit-identical to the plain
   * per-output loop z_i = sum over j = 0, 1, ... of w_ij v_j from +0: each output adds its terms in
   * input order, four inputs per pass over the outputs, and the zero inputs (e.g. MNIST's blank
   * pixels) are skipped, which changes nothing, not even the sign of a zero: the sums start at +0
   * and can never become -0 (round to nearest gives -0 only for -0 + -0), so adding a +-0 product
   * (finite weights) leaves them unchanged. The forward reads W's columns, the transpose its rows
   * ({@link FloatWeights}), each streamed at the outputs' index, a loop the JIT compiles to
   * vector instructions. Split over output ranges by {@link #parallelism}.
   */
  private void multiply(FloatWeights wf, boolean transpose, int nIn, int nOut) {
    int m = 0;
    for (int j = 0; j < nIn; j++) {
      nonzero[m] = j; // kept if v_j != 0 (no branch: zero inputs come and go at random)
      m += v[j] != 0f ? 1 : 0;
    }
    int terms = m;
    if (parallelism.splits(nOut, (long) m * nOut)) {
      parallelism.forRanges(nOut, (from, to) -> multiplyRange(wf, transpose, terms, from, to));
    } else {
      multiplyRange(wf, transpose, terms, 0, nOut);
    }
  }

  /** {@link #multiply} for the outputs [from, to) over the m nonzero inputs in {@link #nonzero}. */
  private void multiplyRange(FloatWeights wf, boolean transpose, int m, int from, int to) {
    java.util.Arrays.fill(z, from, to, 0f);
    int k = 0;
    for (; k + 3 < m; k += 4) {
      int j0 = nonzero[k];
      int j1 = nonzero[k + 1];
      int j2 = nonzero[k + 2];
      int j3 = nonzero[k + 3];
      float[] a0 = transpose ? wf.row(j0) : wf.column(j0);
      float[] a1 = transpose ? wf.row(j1) : wf.column(j1);
      float[] a2 = transpose ? wf.row(j2) : wf.column(j2);
      float[] a3 = transpose ? wf.row(j3) : wf.column(j3);
      float v0 = v[j0];
      float v1 = v[j1];
      float v2 = v[j2];
      float v3 = v[j3];
      for (int i = from; i < to; i++) {
        float t = z[i];
        t += a0[i] * v0;
        t += a1[i] * v1;
        t += a2[i] * v2;
        t += a3[i] * v3;
        z[i] = t;
      }
    }
    for (; k < m; k++) {
      int j = nonzero[k];
      float[] a = transpose ? wf.row(j) : wf.column(j);
      float vj = v[j];
      for (int i = from; i < to; i++) {
        z[i] += a[i] * vj;
      }
    }
  }

  /** DAC of one value: quantise, clip, noise (docs/tile-periphery.md §2.4). */
  private float dac(float value) {
    float q = quantiseAndClip(value);
    if (io.inpNoise() > 0) {
      q += (float) (io.inpNoise() * rng.nextGaussian());
    }
    return q;
  }

  /** The DAC's value before its noise: clip_bin(Q_in(value)). */
  private float quantiseAndClip(float value) {
    return Math.max(-bIn, Math.min(bIn, quantise(value, dIn)));
  }

  /**
   * The DAC of x[0, n) into v, each (float) x_j, times scale if scaling: quantise and clip in one
   * loop, then the noise, drawn in input order, in another (the values and draws of {@link
   * #dac(float)} element by element; a loop without a generator call keeps its values in
   * registers).
   */
  private void dac(double[] x, boolean scaling, float scale, int n) {
    for (int j = 0; j < n; j++) {
      float vj = scaling ? (float) x[j] * scale : (float) x[j];
      v[j] = quantiseAndClip(vj);
    }
    double sigma = io.inpNoise();
    if (sigma > 0) {
      for (int j = 0; j < n; j++) {
        v[j] += (float) (sigma * rng.nextGaussian());
      }
    }
  }

  /**
   * ADC of z[0..n): noise, quantise, clip (§2.6); returns whether an output clipped. The noise is
   * added in one loop, in output order, and quantisation and clip follow in another.
   */
  private boolean adc(int n) {
    double sigma = io.outNoise();
    if (sigma > 0) {
      for (int i = 0; i < n; i++) {
        z[i] += (float) (sigma * rng.nextGaussian());
      }
    }
    boolean hit = false;
    for (int i = 0; i < n; i++) {
      float zi = quantise(z[i], dOut);
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

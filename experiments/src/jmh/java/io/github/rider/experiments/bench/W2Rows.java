package io.github.rider.experiments.bench;

import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.response.AffineResponse;
import io.github.rider.device.rng.BlockNoise;
import io.github.rider.device.rng.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Prototypes of W2's device loop, {@code DeviceArray.applyPulsesInBlock} on a tile row (noise
 * block b = row b): |counts[k]| pulses of sign(counts[k]) on device idx[from + k], each
 * g &larr; clip(g &plusmn; dwMin q(g) (1 + sigma xi)) with q = c0 + c1 g of the pulse's side
 * (affine devices, multiplicative noise, no write noise: AIHWKit's default SoftBounds), the row's
 * normals drawn in bulk. The layouts: {@code soa} (production's: g, the up and down records p0,
 * p1, b_max and m0, m1, b_min, the bounds again as arrays), {@code record} (one 64-byte record
 * per device: g, p0, p1, b_max, m0, m1, b_min and a spare slot), {@code soa-float} and {@code
 * record-float} (the same in float32, arithmetic in float32 like AIHWKit's CPU kernels, a record
 * 32 bytes).
 * Production does not use these classes.
 */
interface W2Rows {

  /** The pulses of one row (noise block b); returns the pulses fired. */
  long row(int b, int[] idx, int from, int[] counts, int m);

  /** g - r of device i, computed as production computes {@code DeviceArray.persistent}. */
  double persistent(int i);

  /** The normals' source of the prototypes, one stream per noise block (tile row). */
  interface Normals {
    void fill(int b, double[] out, int len);
  }

  /**
   * {@code rider}: {@link BlockNoise} of {@code name} (with {@link RandomStreams#CYCLE_TO_CYCLE}
   * production's own stream); {@code zig-xoshiro256pp}, {@code zig-l64x128}: Apache Commons RNG's
   * {@code ZigguratSampler.NormalizedGaussian} over {@code XO_SHI_RO_256_PP} resp. {@code
   * L64_X128_MIX}, block b seeded with {@code streams.seed(name, b)}.
   */
  static Normals normals(String sampler, RandomStreams streams, String name, int blocks) {
    RandomSource source = switch (sampler) {
      case "rider" -> null;
      case "zig-xoshiro256pp" -> RandomSource.XO_SHI_RO_256_PP;
      case "zig-l64x128" -> RandomSource.L64_X128_MIX;
      default -> throw new IllegalArgumentException("unknown sampler " + sampler);
    };
    if (source == null) {
      BlockNoise noise = BlockNoise.of(streams, name, blocks);
      return noise::gaussians;
    }
    ZigguratSampler.NormalizedGaussian[] zig = new ZigguratSampler.NormalizedGaussian[blocks];
    for (int b = 0; b < blocks; b++) {
      UniformRandomProvider u = source.create(streams.seed(name, b));
      zig[b] = ZigguratSampler.NormalizedGaussian.of(u);
    }
    return (b, out, len) -> {
      ZigguratSampler.NormalizedGaussian s = zig[b];
      for (int k = 0; k < len; k++) {
        out[k] = s.sample();
      }
    };
  }

  /** A copy of {@code devices}' state (rows x cols, noise blocks of cols) in {@code layout}. */
  static W2Rows of(String layout, DeviceArray devices, int cols, Normals normals) {
    if (devices.blockSize() != cols || !devices.pulseRule().multNoise()
        || !devices.pulseRule().drawsNoise()) {
      throw new IllegalArgumentException("prototypes cover row blocks and multiplicative noise");
    }
    return switch (layout) {
      case "soa" -> new Soa(devices, cols, normals);
      case "record" -> new Rec(devices, cols, normals);
      case "soa-float" -> new SoaFloat(devices, cols, normals);
      case "record-float" -> new RecFloat(devices, cols, normals);
      default -> throw new IllegalArgumentException("unknown layout " + layout);
    };
  }

  /** Normals drawn at a time, as production's {@code PulsedUpdate}. */
  int CHUNK = 256;

  /** The validation and pulse count production does before a row's pulses. */
  static long total(int b, int cols, int n, int[] idx, int from, int[] counts, int m) {
    long total = 0;
    int first = b * cols;
    for (int k = 0; k < m; k++) {
      int i = idx[from + k];
      if (i < first || i - first >= cols || i >= n) {
        throw new IllegalArgumentException("device " + i + " is not in noise block " + b);
      }
      total += Math.abs(counts[k]);
    }
    return total;
  }

  static AffineResponse affine(DeviceArray devices, int i) {
    return (AffineResponse) devices.physicalResponse(i);
  }

  /** Device i's state at creation, g = clip(r) to its bounds, as production sets it. */
  static double initialG(DeviceArray devices, int i) {
    AffineResponse a = affine(devices, i);
    return Math.max(a.wMin(), Math.min(a.wMax(), devices.reference(i)));
  }

  /** Fields every prototype shares: the rule's constants, the references, the normals. */
  abstract class Base implements W2Rows {
    final int n;
    final int cols;
    final double dwMin;
    final double std;
    final double[] ref;
    final Normals normals;
    final double[] xi = new double[CHUNK];

    Base(DeviceArray devices, int cols, Normals normals) {
      this.n = devices.size();
      this.cols = cols;
      this.dwMin = devices.dwMin();
      this.std = devices.pulseRule().dwMinStd();
      this.normals = normals;
      ref = new double[n];
      for (int i = 0; i < n; i++) {
        ref[i] = devices.reference(i);
      }
    }
  }

  /** Production's layout and loop (g apart, a 3-double record per side, bounds as arrays). */
  final class Soa extends Base {
    private final double[] g;
    private final double[] upRec;
    private final double[] downRec;
    private final double[] bMin;
    private final double[] bMax;

    Soa(DeviceArray devices, int cols, Normals normals) {
      super(devices, cols, normals);
      g = new double[n];
      upRec = new double[3 * n];
      downRec = new double[3 * n];
      bMin = new double[n];
      bMax = new double[n];
      for (int i = 0; i < n; i++) {
        AffineResponse a = affine(devices, i);
        g[i] = initialG(devices, i);
        bMin[i] = a.wMin();
        bMax[i] = a.wMax();
        upRec[3 * i] = a.p0();
        upRec[3 * i + 1] = a.p1();
        upRec[3 * i + 2] = bMax[i];
        downRec[3 * i] = a.m0();
        downRec[3 * i + 1] = a.m1();
        downRec[3 * i + 2] = bMin[i];
      }
    }

    @Override
    public long row(int b, int[] idx, int from, int[] counts, int m) {
      long total = total(b, cols, n, idx, from, counts, m);
      long left = total;
      int avail = 0;
      int pos = 0;
      for (int k = 0; k < m; k++) {
        int i = idx[from + k];
        int c = counts[k];
        if (c == 0) {
          continue;
        }
        boolean up = c > 0;
        double[] rec = up ? upRec : downRec;
        int r = 3 * i;
        double p0 = rec[r];
        double p1 = rec[r + 1];
        double bound = rec[r + 2];
        double signedDwMin = up ? dwMin : -dwMin;
        double gi = g[i];
        for (int t = Math.abs(c); t > 0; t--) {
          double q = p0 + p1 * gi;
          if (pos == avail) {
            avail = (int) Math.min(xi.length, left);
            normals.fill(b, xi, avail);
            left -= avail;
            pos = 0;
          }
          double s = q * (1 + std * xi[pos++]);
          double x = gi + signedDwMin * s;
          if (up) {
            gi = x >= gi ? Math.min(bound, x) : Math.max(bMin[i], x);
          } else {
            gi = x >= gi ? Math.min(bMax[i], x) : Math.max(bound, x);
          }
        }
        g[i] = gi;
      }
      return total;
    }

    @Override
    public double persistent(int i) {
      return g[i] - ref[i];
    }
  }

  /**
   * One record of 8 doubles per device: g, p0, p1, b_max, m0, m1, b_min, spare. A pulse up reads
   * slots 0-3, down slots 0 and 4-6; b_min resp. b_max only when the noise reversed the step.
   * The records start {@link #PAD} doubles into the array, so that they fill whole cache lines
   * when the array starts at a 64-byte boundary plus its 16-byte header (a large array under G1
   * starts a region).
   */
  final class Rec extends Base {
    static final int PAD = 6;
    private final double[] rec;

    Rec(DeviceArray devices, int cols, Normals normals) {
      super(devices, cols, normals);
      rec = new double[PAD + 8 * n];
      for (int i = 0; i < n; i++) {
        AffineResponse a = affine(devices, i);
        int o = PAD + 8 * i;
        rec[o] = initialG(devices, i);
        rec[o + 1] = a.p0();
        rec[o + 2] = a.p1();
        rec[o + 3] = a.wMax();
        rec[o + 4] = a.m0();
        rec[o + 5] = a.m1();
        rec[o + 6] = a.wMin();
      }
    }

    @Override
    public long row(int b, int[] idx, int from, int[] counts, int m) {
      long total = total(b, cols, n, idx, from, counts, m);
      long left = total;
      int avail = 0;
      int pos = 0;
      double[] rs = rec;
      for (int k = 0; k < m; k++) {
        int c = counts[k];
        if (c == 0) {
          continue;
        }
        int o = PAD + 8 * idx[from + k];
        boolean up = c > 0;
        int side = up ? o + 1 : o + 4;
        double p0 = rs[side];
        double p1 = rs[side + 1];
        double bound = rs[side + 2];
        double signedDwMin = up ? dwMin : -dwMin;
        double gi = rs[o];
        for (int t = Math.abs(c); t > 0; t--) {
          double q = p0 + p1 * gi;
          if (pos == avail) {
            avail = (int) Math.min(xi.length, left);
            normals.fill(b, xi, avail);
            left -= avail;
            pos = 0;
          }
          double s = q * (1 + std * xi[pos++]);
          double x = gi + signedDwMin * s;
          if (up) {
            gi = x >= gi ? Math.min(bound, x) : Math.max(rs[o + 6], x);
          } else {
            gi = x >= gi ? Math.min(rs[o + 3], x) : Math.max(bound, x);
          }
        }
        rs[o] = gi;
      }
      return total;
    }

    @Override
    public double persistent(int i) {
      return rec[PAD + 8 * i] - ref[i];
    }
  }

  /** {@link Soa} in float32: state, coefficients, bounds and arithmetic. */
  final class SoaFloat extends Base {
    private final float[] g;
    private final float[] upRec;
    private final float[] downRec;
    private final float[] bMin;
    private final float[] bMax;
    private final float dwMinF;
    private final float stdF;

    SoaFloat(DeviceArray devices, int cols, Normals normals) {
      super(devices, cols, normals);
      dwMinF = (float) dwMin;
      stdF = (float) std;
      g = new float[n];
      upRec = new float[3 * n];
      downRec = new float[3 * n];
      bMin = new float[n];
      bMax = new float[n];
      for (int i = 0; i < n; i++) {
        AffineResponse a = affine(devices, i);
        g[i] = (float) initialG(devices, i);
        bMin[i] = (float) a.wMin();
        bMax[i] = (float) a.wMax();
        upRec[3 * i] = (float) a.p0();
        upRec[3 * i + 1] = (float) a.p1();
        upRec[3 * i + 2] = bMax[i];
        downRec[3 * i] = (float) a.m0();
        downRec[3 * i + 1] = (float) a.m1();
        downRec[3 * i + 2] = bMin[i];
      }
    }

    @Override
    public long row(int b, int[] idx, int from, int[] counts, int m) {
      long total = total(b, cols, n, idx, from, counts, m);
      long left = total;
      int avail = 0;
      int pos = 0;
      for (int k = 0; k < m; k++) {
        int i = idx[from + k];
        int c = counts[k];
        if (c == 0) {
          continue;
        }
        boolean up = c > 0;
        float[] rec = up ? upRec : downRec;
        int r = 3 * i;
        float p0 = rec[r];
        float p1 = rec[r + 1];
        float bound = rec[r + 2];
        float signedDwMin = up ? dwMinF : -dwMinF;
        float gi = g[i];
        for (int t = Math.abs(c); t > 0; t--) {
          float q = p0 + p1 * gi;
          if (pos == avail) {
            avail = (int) Math.min(xi.length, left);
            normals.fill(b, xi, avail);
            left -= avail;
            pos = 0;
          }
          float s = q * (1 + stdF * (float) xi[pos++]);
          float x = gi + signedDwMin * s;
          if (up) {
            gi = x >= gi ? Math.min(bound, x) : Math.max(bMin[i], x);
          } else {
            gi = x >= gi ? Math.min(bMax[i], x) : Math.max(bound, x);
          }
        }
        g[i] = gi;
      }
      return total;
    }

    @Override
    public double persistent(int i) {
      return g[i] - ref[i];
    }
  }

  /** {@link Rec} in float32: a 32-byte record, two per cache line ({@link #PAD} floats in). */
  final class RecFloat extends Base {
    static final int PAD = 12;
    private final float[] rec;
    private final float dwMinF;
    private final float stdF;

    RecFloat(DeviceArray devices, int cols, Normals normals) {
      super(devices, cols, normals);
      dwMinF = (float) dwMin;
      stdF = (float) std;
      rec = new float[PAD + 8 * n];
      for (int i = 0; i < n; i++) {
        AffineResponse a = affine(devices, i);
        int o = PAD + 8 * i;
        rec[o] = (float) initialG(devices, i);
        rec[o + 1] = (float) a.p0();
        rec[o + 2] = (float) a.p1();
        rec[o + 3] = (float) a.wMax();
        rec[o + 4] = (float) a.m0();
        rec[o + 5] = (float) a.m1();
        rec[o + 6] = (float) a.wMin();
      }
    }

    @Override
    public long row(int b, int[] idx, int from, int[] counts, int m) {
      long total = total(b, cols, n, idx, from, counts, m);
      long left = total;
      int avail = 0;
      int pos = 0;
      float[] rs = rec;
      for (int k = 0; k < m; k++) {
        int c = counts[k];
        if (c == 0) {
          continue;
        }
        int o = PAD + 8 * idx[from + k];
        boolean up = c > 0;
        int side = up ? o + 1 : o + 4;
        float p0 = rs[side];
        float p1 = rs[side + 1];
        float bound = rs[side + 2];
        float signedDwMin = up ? dwMinF : -dwMinF;
        float gi = rs[o];
        for (int t = Math.abs(c); t > 0; t--) {
          float q = p0 + p1 * gi;
          if (pos == avail) {
            avail = (int) Math.min(xi.length, left);
            normals.fill(b, xi, avail);
            left -= avail;
            pos = 0;
          }
          float s = q * (1 + stdF * (float) xi[pos++]);
          float x = gi + signedDwMin * s;
          if (up) {
            gi = x >= gi ? Math.min(bound, x) : Math.max(rs[o + 6], x);
          } else {
            gi = x >= gi ? Math.min(rs[o + 3], x) : Math.max(bound, x);
          }
        }
        rs[o] = gi;
      }
      return total;
    }

    @Override
    public double persistent(int i) {
      return rec[PAD + 8 * i] - ref[i];
    }
  }
}

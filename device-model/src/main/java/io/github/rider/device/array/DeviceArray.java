package io.github.rider.device.array;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.Parallelism;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.device.pulse.PulseScheme;
import io.github.rider.device.response.AffineResponse;
import io.github.rider.device.rng.BlockNoise;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceParameters;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.PulsedParams;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * N pulsed devices, stored structure-of-arrays (one primitive array per quantity, no per-device
 * objects), with AIHWKit's pulse semantics (docs/devices.md §2-4; paper eq. 5).
 *
 * <p><b>State.</b> Device i has a hidden persistent physical state g_i in [b_min,i, b_max,i]
 * and a reference r_i; the effective (read) weight is w_eff = g_vis - r_i, where g_vis = g_i
 * without write noise and g_i + writeNoiseStd dwMin xi with it (re-drawn each time the element
 * is touched by a pulse update or programmed). At creation g_i = clip(r_i), i.e. w_eff = 0.
 *
 * <p><b>Pulse.</b> Every pulse follows {@link PulseRule}: up g &larr; clip(g + dwMin s+), down
 * g &larr; clip(g - dwMin s-), s = q(g) (1 + dwMinStd xi) with multiplicative noise and
 * s = q(g) + a dwMinStd xi with additive noise (a = the device's step scale alpha/dwMin), a fresh
 * xi per pulse, the clip to the bounds after every pulse (docs/devices.md §4). Devices with a
 * non-affine response are pulsed by the rule itself; affine responses (q = c0 + c1 g) take three
 * kernels that compute the same numbers faster: one pulse at a time with the bound on the pulse's side read from the
 * coefficients' record ({@link #pulse}, {@link #applyPulses(int[])}), a vectorised sweep of a
 * block for zero-shifting ({@link #applyAlternatingPulses}) and a row's pulses in one call with
 * the normals drawn in bulk ({@link #applyPulsesInBlock}). Each kernel writes the clip in the form
 * cheapest for it; all forms equal the rule's because g always lies within its bounds.
 *
 * <p><b>Randomness.</b> Device-to-device draws come from {@code streams.stream(DEVICE_TO_DEVICE)},
 * the references from {@code REFERENCE}, mean-field noise from {@code CYCLE_TO_CYCLE}: switching
 * one source on does not shift the others. Per-pulse noise and write noise are drawn per <em>noise
 * block</em> (devices [b B, (b+1) B) for block size B, one row of a tile): block b's draws come
 * from its own {@link BlockNoise} stream b of {@code CYCLE_TO_CYCLE} resp. {@code WRITE_NOISE}, in
 * the order its devices are pulsed. A device's noise therefore does not depend on how other
 * blocks are pulsed, which is what lets {@link #applyAlternatingPulses} pulse block by block and
 * lets blocks run on several threads with bit-identical results.
 *
 * <p>Not thread-safe.
 */
public final class DeviceArray {

  private final int n;
  private final PulseRule rule;
  private final double dwMin;
  private final double dwMinStd;
  private final boolean multNoise;
  private final double writeNoise; // absolute: writeNoiseStd * dwMin
  private final double[] g;
  private final double[] visible; // null without write noise
  private final double[] ref;
  private final double[] bMin;
  private final double[] bMax;
  private final double[] ampUp;
  private final double[] ampDown;
  // affine fast path (null when not affine): q+ = p0 + p1 g and q- = m0 + m1 g, with the bound a
  // pulse of that sign runs into, stored together so that a pulse reads one cache line:
  // upRec[3i..3i+2] = p0, p1, b_max; downRec[3i..3i+2] = m0, m1, b_min
  private final double[] upRec;
  private final double[] downRec;
  private final IntFunction<ResponseFunction> physical;
  private final Steps steps;
  private final int blockSize;
  private final RandomGenerator c2c; // mean-field noise
  private final BlockNoise pulseNoise;
  private final BlockNoise writeRng; // null without write noise
  private final Parallelism parallelism;
  private final double[] spCache; // physical SPs, NaN until first asked
  private boolean writeNoiseOnSet = true;
  private long pulseCount;
  private long programCount;

  private DeviceArray(
      int n,
      double dwMin,
      double dwMinStd,
      boolean multNoise,
      double writeNoiseStd,
      IntFunction<ResponseFunction> physical,
      Steps steps,
      double[] ampUp,
      double[] ampDown,
      double[] ref,
      int blockSize,
      RandomStreams streams,
      Parallelism parallelism) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("blockSize must be >= 1, was " + blockSize);
    }
    if (parallelism == null) {
      throw new IllegalArgumentException("parallelism must not be null");
    }
    this.n = n;
    this.blockSize = blockSize;
    this.parallelism = parallelism;
    this.rule = new PulseRule(dwMin, dwMinStd, multNoise);
    this.dwMin = dwMin;
    this.dwMinStd = dwMinStd;
    this.multNoise = multNoise;
    this.writeNoise = writeNoiseStd * dwMin;
    this.physical = physical;
    this.steps = steps;
    this.ampUp = ampUp;
    this.ampDown = ampDown;
    this.ref = ref;
    this.g = new double[n];
    this.bMin = new double[n];
    this.bMax = new double[n];
    boolean affine = true;
    for (int i = 0; i < n && affine; i++) {
      affine = physical.apply(i) instanceof AffineResponse;
    }
    upRec = affine ? new double[3 * n] : null;
    downRec = affine ? new double[3 * n] : null;
    for (int i = 0; i < n; i++) {
      ResponseFunction q = physical.apply(i);
      bMin[i] = q.wMin();
      bMax[i] = q.wMax();
      if (affine) {
        AffineResponse a = (AffineResponse) q;
        upRec[3 * i] = a.p0();
        upRec[3 * i + 1] = a.p1();
        upRec[3 * i + 2] = bMax[i];
        downRec[3 * i] = a.m0();
        downRec[3 * i + 1] = a.m1();
        downRec[3 * i + 2] = bMin[i];
      }
      g[i] = clamp(i, ref[i]);
    }
    int blocks = Math.max(1, (n + blockSize - 1) / blockSize);
    this.c2c = streams.stream(RandomStreams.CYCLE_TO_CYCLE);
    this.pulseNoise = BlockNoise.of(streams, RandomStreams.CYCLE_TO_CYCLE, blocks);
    this.writeRng = writeNoise > 0 ? BlockNoise.of(streams, RandomStreams.WRITE_NOISE, blocks) : null;
    this.visible = writeNoise > 0 ? g.clone() : null;
    this.spCache = new double[n];
    java.util.Arrays.fill(spCache, Double.NaN);
  }

  /** Noise block size of the factories that take none: 1024 devices. */
  public static final int DEFAULT_BLOCK_SIZE = 1024;

  /**
   * N devices of {@code spec} with device-to-device variation drawn by AIHWKit's rules
   * ({@link DeviceParameters#draw}) and references r_i = referenceMean + referenceStd xi (+ the
   * device's own physical SP when subtractSymmetryPoint); noise blocks of {@link
   * #DEFAULT_BLOCK_SIZE}.
   */
  public static DeviceArray create(DeviceSpec spec, int n, RandomStreams streams) {
    return create(spec, n, DEFAULT_BLOCK_SIZE, streams);
  }

  /** As {@link #create(DeviceSpec, int, RandomStreams)} with noise blocks of {@code blockSize}. */
  public static DeviceArray create(DeviceSpec spec, int n, int blockSize, RandomStreams streams) {
    return create(spec, n, blockSize, streams, Parallelism.SERIAL);
  }

  /**
   * As {@link #create(DeviceSpec, int, int, RandomStreams)}, zero-shifting's pulse trains split
   * over {@code parallelism} (the same devices and results for any).
   */
  public static DeviceArray create(DeviceSpec spec, int n, int blockSize, RandomStreams streams,
      Parallelism parallelism) {
    RandomGenerator d2d = streams.stream(RandomStreams.DEVICE_TO_DEVICE);
    return fromParameters(spec, DeviceParameters.draw(spec, n, d2d::nextGaussian), blockSize,
        streams, parallelism);
  }

  /**
   * N identical nominal devices of {@code spec} (all device-to-device draws 0, reference
   * referenceMean (+ SP), no reference spread); cycle-to-cycle and write noise as the spec says.
   */
  public static DeviceArray createNominal(DeviceSpec spec, int n, RandomStreams streams) {
    DeviceSpec nominal = spec.withPulsed(spec.pulsed().withReferenceStd(0));
    return fromParameters(nominal, DeviceParameters.draw(nominal, n, () -> 0.0),
        DEFAULT_BLOCK_SIZE, streams, Parallelism.SERIAL);
  }

  private static DeviceArray fromParameters(
      DeviceSpec spec, DeviceParameters params, int blockSize, RandomStreams streams,
      Parallelism parallelism) {
    int n = params.size();
    PulsedParams q = spec.pulsed();
    double[] ampUp = new double[n];
    double[] ampDown = new double[n];
    double[] ref = new double[n];
    RandomGenerator refRng = streams.stream(RandomStreams.REFERENCE);
    for (int i = 0; i < n; i++) {
      ampUp[i] = params.aUp(i);
      ampDown[i] = params.aDown(i);
      ref[i] = q.referenceMean() + q.referenceStd() * refRng.nextGaussian();
      if (q.subtractSymmetryPoint()) {
        ref[i] += spec.response(params, i).symmetricPoint();
      }
    }
    return new DeviceArray(n, q.dwMin(), q.dwMinStd(), q.multNoise(), q.writeNoiseStd(),
        i -> spec.response(params, i), new Steps() {
          @Override
          public double up(int i, double g) {
            return spec.qPlus(params, i, g);
          }

          @Override
          public double down(int i, double g) {
            return spec.qMinus(params, i, g);
          }
        }, ampUp, ampDown, ref, blockSize, streams, parallelism);
  }

  /**
   * An array whose element i follows {@code responses[i]} (physical = effective coordinates,
   * reference 0, range [wMin, wMax] of the response), with a common dwMin and cycle-to-cycle
   * noise dwMinStd (multiplicative, or additive dwMin dwMinStd xi as in Wu et al. 2025 Theorem 4),
   * no write noise. For planting per-element SPs (e.g. {@code AldResponse.of(tau, sp_i)}).
   */
  public static DeviceArray of(
      ResponseFunction[] responses,
      double dwMin,
      double dwMinStd,
      boolean multNoise,
      RandomStreams streams) {
    if (!(dwMin > 0) || Double.isInfinite(dwMin)) {
      throw new IllegalArgumentException("dwMin must be finite and > 0, was " + dwMin);
    }
    if (!(dwMinStd >= 0) || Double.isInfinite(dwMinStd)) {
      throw new IllegalArgumentException("dwMinStd must be finite and >= 0, was " + dwMinStd);
    }
    ResponseFunction[] copy = responses.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new IllegalArgumentException("responses[" + i + "] must not be null");
      }
    }
    double[] ones = new double[copy.length];
    java.util.Arrays.fill(ones, 1.0);
    Steps steps = new Steps() {
      @Override
      public double up(int i, double g) {
        return copy[i].qPlus(g);
      }

      @Override
      public double down(int i, double g) {
        return copy[i].qMinus(g);
      }
    };
    return new DeviceArray(copy.length, dwMin, dwMinStd, multNoise, 0, i -> copy[i], steps, ones,
        ones, new double[copy.length], DEFAULT_BLOCK_SIZE, streams, Parallelism.SERIAL);
  }

  /** Allocation-free step magnitudes of device i at physical state g (the pulse loop). */
  private interface Steps {
    double up(int i, double g);

    double down(int i, double g);
  }

  /** How {@link #applyAlternatingPulses} splits its blocks over threads. */
  public Parallelism parallelism() {
    return parallelism;
  }

  /** Number of devices. */
  public int size() {
    return n;
  }

  /** Response granularity dwMin (weight units per pulse). */
  public double dwMin() {
    return dwMin;
  }

  private double qPlus(int i, double gi) {
    return upRec != null ? upRec[3 * i] + upRec[3 * i + 1] * gi : steps.up(i, gi);
  }

  private double qMinus(int i, double gi) {
    return downRec != null ? downRec[3 * i] + downRec[3 * i + 1] * gi : steps.down(i, gi);
  }

  private double clamp(int i, double x) {
    return Math.max(bMin[i], Math.min(bMax[i], x));
  }

  /**
   * Device i's step scale a on the pulse's side for the rule, which only additive noise uses (with
   * multiplicative noise the arrays are not read: one cache line less per pulse).
   */
  private double additiveScale(int i, boolean up) {
    return multNoise ? 1 : up ? ampUp[i] : ampDown[i];
  }

  /** The next normal of block b for a pulse, none when the rule draws none. */
  private double pulseXi(int b) {
    return rule.drawsNoise() ? pulseNoise.gaussian(b) : 0;
  }

  /** One pulse on device i of block b: {@link PulseRule#pulse} ({@link #pulseAffine} if affine). */
  private void pulseHidden(int i, int b, boolean up) {
    if (upRec != null) {
      pulseAffine(i, b, up);
      return;
    }
    double g0 = g[i];
    double q = up ? steps.up(i, g0) : steps.down(i, g0);
    g[i] = rule.pulse(g0, up, q, additiveScale(i, up), pulseXi(b), bMin[i], bMax[i]);
  }

  private void touch(int i, int b) {
    if (visible != null) {
      visible[i] = g[i] + writeNoise * writeRng.gaussian(b);
    }
  }

  /**
   * {@link PulseRule#pulse} on an affine device, with q's coefficients and the bound on the
   * pulse's side read from one record: the clip reads only the bound on the side the step went to
   * (g within [b_min, b_max], so a step up cannot end below b_min, nor a step down above b_max),
   * which is the other array only when the noise reversed the step.
   */
  private void pulseAffine(int i, int b, boolean up) {
    double[] rec = up ? upRec : downRec;
    int k = 3 * i;
    double g0 = g[i];
    double s = rule.step(rec[k] + rec[k + 1] * g0, additiveScale(i, up), pulseXi(b));
    if (up) {
      double x = g0 + dwMin * s;
      g[i] = x >= g0 ? Math.min(rec[k + 2], x) : Math.max(bMin[i], x);
    } else {
      double x = g0 - dwMin * s;
      g[i] = x >= g0 ? Math.min(bMax[i], x) : Math.max(rec[k + 2], x);
    }
  }

  /** Noise block size B: device i draws its pulse and write noise from block i / B. */
  public int blockSize() {
    return blockSize;
  }

  /** The rule every pulse on these devices follows. */
  public PulseRule pulseRule() {
    return rule;
  }

  /** Device i's physical state g (no reference, no write noise); for the kernels' tests. */
  double physicalState(int i) {
    return g[i];
  }

  /** Device i's step scale a on the side of a pulse up or down (alpha / dwMin); for tests. */
  double stepScale(int i, boolean up) {
    return up ? ampUp[i] : ampDown[i];
  }

  /** The write noise's standard deviation in weight units (writeNoiseStd dwMin); for tests. */
  double writeNoiseWeight() {
    return writeNoise;
  }

  /** One pulse on device i: up if sign &gt; 0, down if sign &lt; 0, nothing if 0. */
  public void pulse(int i, int sign) {
    applyPulses(i, Integer.signum(sign));
  }

  /** |n_i| pulses of sign(n_i) on every device i, each with its own noise and clipping. */
  public void applyPulses(int[] signedCounts) {
    if (signedCounts.length != n) {
      throw new IllegalArgumentException(
          "signedCounts must have length " + n + ", was " + signedCounts.length);
    }
    for (int b = 0, from = 0; from < n; b++, from += blockSize) {
      int to = Math.min(n, from + blockSize);
      for (int i = from; i < to; i++) {
        applyPulses(i, b, signedCounts[i]);
      }
    }
  }

  /**
   * Cyclic zero-shifting's pulses (Algorithm 1, Kim et al. 2019): {@code steps}
   * pulses on every device, of sign firstSign, -firstSign, firstSign, ... in turn. The result is
   * bit for bit that of {@code steps} calls of {@link #applyPulses(int[])} with every count
   * firstSign, -firstSign, ..., but it is computed one noise block at a time, all steps of a block
   * while its devices' state is in cache (each block draws its noise in the same order either
   * way), and ranges of blocks on the array's {@link #parallelism} (bit-identical for any thread
   * count).
   */
  public void applyAlternatingPulses(long steps, int firstSign) {
    if (firstSign != 1 && firstSign != -1) {
      throw new IllegalArgumentException("firstSign must be +1 or -1, was " + firstSign);
    }
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, was " + steps);
    }
    int blocks = pulseNoise.blocks();
    if (parallelism.splits(blocks, steps * n)) {
      parallelism.forRanges(blocks, (b0, b1) -> alternateBlocks(b0, b1, steps, firstSign > 0));
    } else {
      alternateBlocks(0, blocks, steps, firstSign > 0);
    }
    pulseCount += steps * n;
  }

  /** {@link #applyAlternatingPulses} on blocks [b0, b1). */
  private void alternateBlocks(int b0, int b1, long steps, boolean firstUp) {
    int len = Math.min(n, blockSize);
    double[] xi = new double[len];
    AffineBlock block = upRec != null && multNoise ? new AffineBlock(len) : null;
    for (int b = b0; b < b1; b++) {
      int from = b * blockSize;
      int to = Math.min(n, from + blockSize);
      if (block != null) {
        block.load(this, from, to);
      }
      boolean up = firstUp;
      for (long t = 0; t < steps; t++, up = !up) {
        if (block != null) {
          sweepAffine(b, up, xi, block);
        } else {
          for (int i = from; i < to; i++) {
            pulseHidden(i, b, up);
          }
        }
        if (visible != null) {
          if (block != null) {
            block.store(this);
          }
          for (int i = from; i < to; i++) {
            touch(i, b);
          }
        }
      }
      if (block != null) {
        block.store(this);
      }
    }
  }

  /**
   * One block's g, affine coefficients and bounds copied into arrays of their own ({@code upRec}
   * and {@code downRec} taken apart), all indexed from the block's first device: a sweep over the
   * block then reads and writes every array at the same index, which is what lets the JIT compile
   * it to vector instructions (with g read at an offset into the whole array it does not).
   */
  private static final class AffineBlock {
    final double[] g;
    final double[] p0;
    final double[] p1;
    final double[] bMax;
    final double[] m0;
    final double[] m1;
    final double[] bMin;
    int from;
    int len;

    AffineBlock(int capacity) {
      g = new double[capacity];
      p0 = new double[capacity];
      p1 = new double[capacity];
      bMax = new double[capacity];
      m0 = new double[capacity];
      m1 = new double[capacity];
      bMin = new double[capacity];
    }

    void load(DeviceArray a, int from, int to) {
      this.from = from;
      this.len = to - from;
      System.arraycopy(a.g, from, g, 0, len);
      for (int m = 0, k = 3 * from; m < len; m++, k += 3) {
        p0[m] = a.upRec[k];
        p1[m] = a.upRec[k + 1];
        bMax[m] = a.upRec[k + 2];
        m0[m] = a.downRec[k];
        m1[m] = a.downRec[k + 1];
        bMin[m] = a.downRec[k + 2];
      }
    }

    /** Writes g back to the array. */
    void store(DeviceArray a) {
      System.arraycopy(g, 0, a.g, from, len);
    }
  }

  /**
   * One pulse of one sign on the devices of block b (loaded into {@code block}): {@link
   * #pulseAffine} for multiplicative noise with the block's normals drawn first ({@link
   * BlockNoise#gaussians}, the same values in the same order), the sign hoisted (adding (-dwMin) s
   * is subtracting dwMin s exactly) and the clip written as max(b_min, min(b_max, x)), which equals
   * the one-sided clip because g lies within its bounds: a loop without branches over arrays read
   * at one index, which the JIT compiles to vector instructions. Without noise xi is all zeros:
   * q (1 + 0) = q exactly.
   */
  private void sweepAffine(int b, boolean up, double[] xi, AffineBlock block) {
    double[] gs = block.g;
    double[] c0 = up ? block.p0 : block.m0;
    double[] c1 = up ? block.p1 : block.m1;
    double[] lo = block.bMin;
    double[] hi = block.bMax;
    double signedDwMin = up ? dwMin : -dwMin;
    double std = dwMinStd;
    int len = block.len;
    if (std != 0) {
      pulseNoise.gaussians(b, xi, len);
    }
    for (int m = 0; m < len; m++) {
      double gi = gs[m];
      double q = c0[m] + c1[m] * gi;
      double x = gi + signedDwMin * (q * (1 + std * xi[m]));
      gs[m] = Math.max(lo[m], Math.min(hi[m], x));
    }
  }


  /** |count| pulses of sign(count) on device i. */
  public void applyPulses(int i, int count) {
    pulseCount += pulseDevice(i, i / blockSize, count);
  }

  /**
   * As {@link #applyPulses(int, int)} but without adding to {@link #pulseCount}: for a caller that
   * pulses devices of distinct noise blocks on several threads (each block's noise is its own)
   * and then adds the total once with {@link #countPulses}.
   */
  public void applyPulsesUncounted(int i, int count) {
    pulseDevice(i, i / blockSize, count);
  }

  /**
   * |counts[k]| pulses of sign(counts[k]) on device idx[from + k], for k = 0 .. m-1 in this order,
   * every device of noise block b (e.g. one tile row), each device's pulses and then its write
   * noise: bit for bit {@link #applyPulsesUncounted} on each in turn (the block draws the same
   * normals in the same order), without adding to {@link #pulseCount}. Affine devices take a loop
   * that draws the block's normals in bulk into {@code xi} (the caller's scratch, any length &gt;=
   * 1; one per thread) and keeps g in a register across its pulses. Returns the pulses fired.
   *
   * @throws IllegalArgumentException if a listed device is not in block b (nothing is pulsed)
   */
  public long applyPulsesInBlock(int b, int[] idx, int from, int[] counts, int m, double[] xi) {
    long total = 0;
    int first = b * blockSize;
    for (int k = 0; k < m; k++) {
      int i = idx[from + k];
      if (i < first || i - first >= blockSize || i >= n) {
        throw new IllegalArgumentException("device " + i + " is not in noise block " + b);
      }
      total += Math.abs(counts[k]);
    }
    if (upRec == null) {
      for (int k = 0; k < m; k++) {
        pulseDevice(idx[from + k], b, counts[k]);
      }
      return total;
    }
    double std = dwMinStd;
    long left = std == 0 ? 0 : total;
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
      double amp = additiveScale(i, up);
      double gi = g[i];
      for (int t = Math.abs(c); t > 0; t--) {
        double q = p0 + p1 * gi;
        double s;
        if (std == 0) {
          s = q;
        } else {
          if (pos == avail) {
            avail = (int) Math.min(xi.length, left);
            pulseNoise.gaussians(b, xi, avail);
            left -= avail;
            pos = 0;
          }
          s = rule.step(q, amp, xi[pos++]);
        }
        double x = gi + signedDwMin * s;
        if (up) {
          gi = x >= gi ? Math.min(bound, x) : Math.max(bMin[i], x);
        } else {
          gi = x >= gi ? Math.min(bMax[i], x) : Math.max(bound, x);
        }
      }
      g[i] = gi;
      touch(i, b);
    }
    return total;
  }

  /** Adds {@code pulses} fired by {@link #applyPulsesUncounted} to {@link #pulseCount}. */
  public void countPulses(long pulses) {
    pulseCount += pulses;
  }

  private void applyPulses(int i, int b, int count) {
    pulseCount += pulseDevice(i, b, count);
  }

  /** |count| pulses of sign(count) on device i of block b, then its write noise; returns |count|. */
  private int pulseDevice(int i, int b, int count) {
    if (count == 0) {
      return 0;
    }
    boolean up = count > 0;
    int m = Math.abs(count);
    for (int k = 0; k < m; k++) {
      pulseHidden(i, b, up);
    }
    touch(i, b);
    return m;
  }

  /**
   * Desired increments dW (weight units) turned into pulses by {@code scheme} and applied;
   * {@code scratch} (length n) receives the counts. Returns the number of pulses fired.
   */
  public long applyIncrements(double[] dW, PulseScheme scheme, RandomGenerator rng, int[] scratch) {
    long before = pulseCount;
    scheme.counts(dW, dwMin, rng, scratch);
    applyPulses(scratch);
    return pulseCount - before;
  }

  /**
   * The dw_min &rarr; 0 mode (paper eq. 2) on every device: g &larr; clip(g + dW F(g) - |dW| G(g)
   * + b), noise b from the cycle-to-cycle stream ({@link MeanFieldUpdate}). Fires no pulses.
   */
  public void applyMeanField(double[] dW, MeanFieldUpdate update) {
    if (dW.length != n) {
      throw new IllegalArgumentException("dW must have length " + n + ", was " + dW.length);
    }
    for (int i = 0; i < n; i++) {
      if (dW[i] != 0) {
        double gi = g[i];
        g[i] = clamp(i, update.step(gi, qPlus(i, gi), qMinus(i, gi), dW[i], dwMin, c2c));
        touch(i, i / blockSize);
      }
    }
  }

  /**
   * Whether {@link #program} adds write noise to the visible weight (AIHWKit's
   * apply_write_noise_on_set, default true). Has no effect without write noise.
   */
  public void setWriteNoiseOnSet(boolean on) {
    writeNoiseOnSet = on;
  }

  /**
   * Programs device i to effective weight w (clipped to its bounds) and counts one programming
   * operation; the visible weight gets write noise if any and {@link #setWriteNoiseOnSet} is on.
   */
  public void program(int i, double w) {
    if (Double.isNaN(w)) {
      throw new IllegalArgumentException("w must not be NaN (device " + i + ")");
    }
    g[i] = clamp(i, w + ref[i]);
    programCount++;
    if (writeNoiseOnSet) {
      touch(i, i / blockSize);
    } else if (visible != null) {
      visible[i] = g[i];
    }
  }

  /** Programs every device: device i to w[i]. */
  public void program(double[] w) {
    if (w.length != n) {
      throw new IllegalArgumentException("w must have length " + n + ", was " + w.length);
    }
    for (int i = 0; i < n; i++) {
      program(i, w[i]);
    }
  }

  /** Effective weight of device i, w_eff = g_vis - r. */
  public double read(int i) {
    return (visible != null ? visible[i] : g[i]) - ref[i];
  }

  /** Effective weights of all devices into {@code out}. */
  public void read(double[] out) {
    if (out.length != n) {
      throw new IllegalArgumentException("out must have length " + n + ", was " + out.length);
    }
    for (int i = 0; i < n; i++) {
      out[i] = read(i);
    }
  }

  /** The hidden persistent effective weight g - r of device i (no write noise). */
  public double persistent(int i) {
    return g[i] - ref[i];
  }

  /** Reference r_i (weight units). */
  public double reference(int i) {
    return ref[i];
  }

  /**
   * Programs the reference of device i to r (docs/devices.md §6: after zero-shifting, "set the
   * reference equal to that conductance", so that the SP of w_eff moves to SP_phys - r). The
   * physical state is unchanged, so the effective weight moves by the change of r. Counts one
   * programming operation (the reference device is programmed); no write noise is modelled on it.
   */
  public void setReference(int i, double r) {
    if (!Double.isFinite(r)) {
      throw new IllegalArgumentException("reference must be finite, was " + r + " (device " + i
          + ")");
    }
    ref[i] = r;
    programCount++;
  }

  /** Lower bound of device i in effective coordinates, b_min - r. */
  public double lowerBound(int i) {
    return bMin[i] - ref[i];
  }

  /** Upper bound of device i in effective coordinates, b_max - r. */
  public double upperBound(int i) {
    return bMax[i] - ref[i];
  }

  /** Device i's actual response in effective coordinates (its SP is the effective SP). */
  public ResponseFunction response(int i) {
    return physical.apply(i).shifted(ref[i]);
  }

  /** Device i's physical response (no reference). */
  public ResponseFunction physicalResponse(int i) {
    return physical.apply(i);
  }

  /** Effective symmetric point of device i, SP_phys - r_i (computed once, then cached). */
  public double symmetricPoint(int i) {
    if (Double.isNaN(spCache[i])) {
      spCache[i] = physical.apply(i).symmetricPoint();
    }
    return spCache[i] - ref[i];
  }

  /** Total pulses fired so far. */
  public long pulseCount() {
    return pulseCount;
  }

  /** Total programming operations so far. */
  public long programCount() {
    return programCount;
  }
}

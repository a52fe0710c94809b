package io.github.rider.device.tile;

import io.github.rider.device.Parallelism;
import io.github.rider.device.array.DeviceArray;
import java.util.random.RandomGenerator;

/**
 * The rank-1 pulsed update W &larr; W - lr d x^T realised by pulse trains, as AIHWKit's CPU does
 * one vector update (docs/pulse-update.md §2-3).
 *
 * <p><b>BL, A, B.</b> If fixedBl or UBLM: BL = desired_bl, A = B = sqrt(|lr|/(g BL)); else if
 * g desired_bl &lt; |lr|: A = B = 1, BL = max(1, ceil(|lr|/g)). With UM/UBLM, xm = max|x|,
 * dm = um_grad_scale max|d| (nothing happens if either is 0), k = |lr| xm dm / g; UBLM sets
 * BL = min(ceil(k), desired_bl) and A = B = sqrt(|lr|/(g BL)); if k &gt; BL, dm is shrunk by BL/k
 * (gradient clipping); then A &larr; A sqrt(xm/dm), B &larr; B sqrt(dm/xm).
 *
 * <p><b>Probabilities and counts.</b> p_x(j) = min(1, B|x_j|), p_d(i) = min(1, A|d_i|).
 * Stochastic compressed: in each of the BL slots every x_j and every d_i fires independently; a
 * coincidence is one pulse at (i, j). Deterministic implicit: n_ij = rint(BL p_x p_d). Mean
 * count: n_ij = rint(rint(BL p_d) rint(BL p_x) / BL). Without saturation E[n_ij] =
 * |lr x_j d_i| / g. Sign: a pulse at (i,j) is down if lr x_j d_i &gt; 0 (descent), up if &lt; 0.
 *
 * <p>Pulses go to a row-major {@link DeviceArray} of rows x cols devices; each element's |n_ij|
 * same-sign pulses are applied one at a time with their own noise and clipping (all pulses of one
 * vector update at (i, j) share a sign, so the slot order within an element is immaterial).
 * Allocation-free per call on one thread; with a {@link Parallelism} of more than one thread,
 * large updates pulse contiguous ranges of touched rows in parallel (each tile row is its own noise
 * block, so results are bit-identical to one thread). Not thread-safe.
 */
public final class PulsedUpdate {

  /**
   * A pulse costs about as much as this many multiply-adds (a random device read, a normal draw,
   * a write: about 30 ns against 1 ns), for {@link Parallelism#splits}.
   */
  private static final int WORK_PER_PULSE = 32;

  /** Normals drawn at a time by {@link DeviceArray#applyPulsesInBlock}. */
  private static final int NOISE_CHUNK = 256;

  private final int rows;
  private final int cols;
  private final RandomGenerator rng;
  private final Parallelism parallelism;
  private final double[] px;
  private final double[] pd;
  private final int[] candX;
  private final int[] candD;
  private final int[] slotX;
  private final int[] slotD;
  private final int[] counts;
  private final int[] touchedX;
  private final int[] touchedD;
  private final boolean[] markX;
  private final boolean[] markD;
  private final int[] pulsed;
  private int nPulsed;
  private final long[] oneFired = new long[1]; // the one-thread path's pulse sum
  private final double[] xi = new double[NOISE_CHUNK]; // the one-thread path's scratch
  private final int[] rowCounts;
  private int nTouchedX;
  private int nTouchedD;
  /**
   * Whether the counts of the touched rows x columns are all 1 and not stored in {@link #counts}
   * (a stochastic train whose coincidences all fell in one slot, as with UBLM's BL 1).
   */
  private boolean unitCounts;
  private int lastBl;
  private double lastA;
  private double lastB;

  /** An updater for rows x cols tiles drawing its bits from {@code rng} (the pulse-train stream). */
  public PulsedUpdate(int rows, int cols, RandomGenerator rng) {
    this(rows, cols, rng, Parallelism.SERIAL);
  }

  /**
   * An updater as {@link #PulsedUpdate(int, int, RandomGenerator)} whose large updates split their
   * touched rows over {@code parallelism} (the same result for any).
   */
  public PulsedUpdate(int rows, int cols, RandomGenerator rng, Parallelism parallelism) {
    if (parallelism == null) {
      throw new IllegalArgumentException("parallelism must not be null");
    }
    this.rows = rows;
    this.cols = cols;
    this.rng = rng;
    this.parallelism = parallelism;
    px = new double[cols];
    pd = new double[rows];
    candX = new int[cols];
    candD = new int[rows];
    slotX = new int[cols];
    slotD = new int[rows];
    counts = new int[rows * cols];
    touchedX = new int[cols];
    touchedD = new int[rows];
    markX = new boolean[cols];
    markD = new boolean[rows];
    pulsed = new int[rows * cols];
    rowCounts = new int[cols];
  }

  /** BL of the last update (0 if it did nothing). */
  public int lastBl() {
    return lastBl;
  }

  /** Number of devices the last {@link #apply} pulsed (0 if it fired nothing). */
  public int lastPulsedCount() {
    return nPulsed;
  }

  /**
   * Row-major index of the k-th device (0 &lt;= k &lt; {@link #lastPulsedCount}) the last {@link
   * #apply} pulsed, in the order the pulses were applied; the devices not listed were not touched.
   */
  public int lastPulsed(int k) {
    if (k < 0 || k >= nPulsed) {
      throw new IndexOutOfBoundsException("k must be in [0, " + nPulsed + "), was " + k);
    }
    return pulsed[k];
  }

  /** A (the d-side scale) of the last update. */
  public double lastA() {
    return lastA;
  }

  /** B (the x-side scale) of the last update. */
  public double lastB() {
    return lastB;
  }

  /**
   * Applies the pulsed update to {@code devices} with granularity {@code g}; returns the number of
   * pulses fired.
   */
  public long apply(DeviceArray devices, double g, double[] x, double[] d, double lr,
      UpdateParameters p) {
    nPulsed = 0;
    if (!draw(x, d, lr, g, p)) {
      return 0;
    }
    long fired;
    if (devices.blockSize() == cols
        && parallelism.splits(nTouchedD, (long) nTouchedD * nTouchedX * WORK_PER_PULSE)) {
      fired = applyRowsInParallel(devices, x, d, lr);
    } else {
      oneFired[0] = 0;
      nPulsed = applyRows(devices, x, d, lr, 0, nTouchedD, 0, oneFired, 0, rowCounts, xi);
      fired = oneFired[0];
    }
    devices.countPulses(fired);
    clearMarks();
    return fired;
  }

  /**
   * Touched rows [a0, a1): pulses their touched columns, lists the pulsed devices in {@link
   * #pulsed} from index {@code np} on and adds the pulses fired to fired[slot]; returns the end
   * of the list. When every row is one noise block of the devices (blockSize == cols), a row's
   * pulses go to the devices in one {@link DeviceArray#applyPulsesInBlock} call (the same pulses in
   * the same order as one device at a time); {@code rowCounts} (cols long) and {@code xi} are the
   * caller's scratch.
   */
  private int applyRows(DeviceArray devices, double[] x, double[] d, double lr, int a0, int a1,
      int np, long[] fired, int slot, int[] rowCounts, double[] xi) {
    boolean rowBlocks = devices.blockSize() == cols;
    long sum = 0;
    for (int a = a0; a < a1; a++) {
      int i = touchedD[a];
      int o = i * cols;
      boolean negD = negative(d[i], lr);
      int start = np;
      int m = 0;
      for (int b = 0; b < nTouchedX; b++) {
        int j = touchedX[b];
        int idx = o + j;
        int c;
        if (unitCounts) {
          c = 1;
        } else {
          c = counts[idx];
          if (c == 0) {
            continue;
          }
          counts[idx] = 0;
        }
        pulsed[np++] = idx;
        rowCounts[m++] = signed(c, negD, x[j]);
      }
      if (rowBlocks) {
        sum += devices.applyPulsesInBlock(i, pulsed, start, rowCounts, m, xi);
      } else {
        for (int k = 0; k < m; k++) {
          devices.applyPulsesUncounted(pulsed[start + k], rowCounts[k]);
          sum += Math.abs(rowCounts[k]);
        }
      }
    }
    fired[slot] += sum;
    return np;
  }

  /**
   * The touched rows split into contiguous parts on {@link #parallelism}. Every row is one noise block
   * of the devices (blockSize == cols), so every device draws the same noise as on one thread;
   * part k lists its pulsed devices from a0 nTouchedX on (at most nTouchedX per row), and the
   * lists are then joined in row order, so {@link #lastPulsed} is the one-thread list.
   */
  private long applyRowsInParallel(DeviceArray devices, double[] x, double[] d, double lr) {
    int t = parallelism.parts(nTouchedD);
    long[] fired = new long[t];
    int[] from = new int[t];
    int[] ends = new int[t];
    parallelism.forParts(nTouchedD, t, (k, a0, a1) -> {
      from[k] = a0 * nTouchedX;
      ends[k] = applyRows(devices, x, d, lr, a0, a1, from[k], fired, k, new int[cols],
          new double[NOISE_CHUNK]);
    });
    long total = 0;
    int np = 0;
    for (int k = 0; k < t; k++) {
      System.arraycopy(pulsed, from[k], pulsed, np, ends[k] - from[k]);
      np += ends[k] - from[k];
      total += fired[k];
    }
    nPulsed = np;
    return total;
  }

  /**
   * The signed pulse counts the update would fire (row-major, positive = up), written into
   * {@code out} without touching any device; for tests and accounting.
   */
  public void counts(double[] x, double[] d, double lr, double g, UpdateParameters p, int[] out) {
    nPulsed = 0;
    java.util.Arrays.fill(out, 0);
    if (!draw(x, d, lr, g, p)) {
      return;
    }
    for (int a = 0; a < nTouchedD; a++) {
      int i = touchedD[a];
      int o = i * cols;
      boolean negD = negative(d[i], lr);
      for (int b = 0; b < nTouchedX; b++) {
        int j = touchedX[b];
        int idx = o + j;
        out[idx] = signed(unitCounts ? 1 : counts[idx], negD, x[j]);
        counts[idx] = 0;
      }
    }
    clearMarks();
  }

  private void clearMarks() {
    for (int a = 0; a < nTouchedD; a++) {
      markD[touchedD[a]] = false;
    }
    for (int b = 0; b < nTouchedX; b++) {
      markX[touchedX[b]] = false;
    }
    nTouchedD = 0;
    nTouchedX = 0;
  }

  /** Fills the unsigned counts ({@link #signed}) of the touched rows x columns; false if none. */
  private boolean draw(double[] x, double[] d, double lr, double g, UpdateParameters p) {
    lastBl = 0;
    unitCounts = false;
    if (lr == 0 || !scales(x, d, Math.abs(lr), g, p)) {
      return false;
    }
    int bl = lastBl;
    int nx = candidates(x, lastB, px, candX, cols);
    int nd = candidates(d, lastA, pd, candD, rows);
    if (nx == 0 || nd == 0) {
      return false;
    }
    switch (p.pulseType()) {
      case STOCHASTIC_COMPRESSED -> stochastic(bl, nx, nd);
      case DETERMINISTIC_IMPLICIT, MEAN_COUNT -> deterministic(bl, nx, nd,
          p.pulseType() == UpdateParameters.PulseType.MEAN_COUNT);
      default -> throw new IllegalStateException("unknown pulse type " + p.pulseType());
    }
    return true;
  }

  /** Whether lr d_i &lt; 0 (the row's part of the sign of lr x_j d_i). */
  private static boolean negative(double di, double lr) {
    return (di < 0) ^ (lr < 0);
  }

  /**
   * The signed count of a pulse count c &gt;= 0 at (i, j): down (-c) when lr x_j d_i &gt; 0
   * (descent), up (+c) when the product is negative. Applied while the counts are read out, so
   * that no separate pass over the touched rows x columns is needed.
   */
  private static int signed(int c, boolean negD, double xj) {
    return negD ^ (xj < 0) ? c : -c;
  }

  /** Sets lastBl, lastA, lastB as docs/pulse-update.md §2 says; false if UM finds a zero max. */
  private boolean scales(double[] x, double[] d, double absLr, double g, UpdateParameters p) {
    int desired = p.desiredBl();
    int bl;
    double a;
    if (p.fixedBl() || p.updateBlManagement() || !(g * desired < absLr)) {
      bl = desired;
      a = Math.sqrt(absLr / (g * bl));
    } else {
      a = 1;
      bl = (int) Math.max(1, Math.ceil(absLr / g));
    }
    double b = a;
    if (p.updateManagement() || p.updateBlManagement()) {
      double xm = maxAbs(x, cols);
      double dm = p.umGradScale() * maxAbs(d, rows);
      if (xm == 0 || dm == 0) {
        return false;
      }
      double k = absLr * xm * dm / g;
      if (p.updateBlManagement()) {
        bl = (int) Math.min(Math.ceil(k), desired);
        a = Math.sqrt(absLr / (g * bl));
        b = a;
      }
      if (k > bl) {
        dm *= bl / k;
      }
      a *= Math.sqrt(xm / dm);
      b *= Math.sqrt(dm / xm);
    }
    lastBl = bl;
    lastA = a;
    lastB = b;
    return true;
  }

  /**
   * max_i |v_i| over v[0, n) (NaN if any is NaN), in four running maxima that are joined at the
   * end: the maximum does not depend on the order of its terms (every |v_i| is +0 or more, or
   * NaN, which wins in any order), and four independent chains run about four times as fast as
   * one through Math.max's latency, which the small tiles of a convolution (a few dozen inputs,
   * hundreds of products and updates per image) feel. Also the periphery's noise management.
   */
  static double maxAbs(double[] v, int n) {
    double m0 = 0;
    double m1 = 0;
    double m2 = 0;
    double m3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      m0 = Math.max(m0, Math.abs(v[i]));
      m1 = Math.max(m1, Math.abs(v[i + 1]));
      m2 = Math.max(m2, Math.abs(v[i + 2]));
      m3 = Math.max(m3, Math.abs(v[i + 3]));
    }
    for (; i < n; i++) {
      m0 = Math.max(m0, Math.abs(v[i]));
    }
    return Math.max(Math.max(m0, m1), Math.max(m2, m3));
  }

  private static int candidates(double[] v, double scale, double[] prob, int[] cand, int n) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      double q = Math.min(1, scale * Math.abs(v[i]));
      prob[i] = q;
      cand[m] = i; // kept if q > 0 (no branch: zeros come and go at random, e.g. blank pixels)
      m += q > 0 ? 1 : 0;
    }
    return m;
  }

  private void stochastic(int bl, int nx, int nd) {
    // the first slot with coincidences only marks its rows and columns (every count 1); the
    // counts are written out when a second one comes
    boolean first = true;
    for (int slot = 0; slot < bl; slot++) {
      int ax = fire(px, candX, nx, slotX);
      if (ax == 0) {
        continue;
      }
      int ad = fire(pd, candD, nd, slotD);
      if (ad == 0) {
        continue;
      }
      // the slot's columns marked once, in slot order b = 0, 1, ...: the touched columns' order
      // is the order in which a row's devices are pulsed, hence of their noise draws
      if (first) {
        for (int b = 0; b < ax; b++) {
          touchX(slotX[b]);
        }
        for (int a = 0; a < ad; a++) {
          touchD(slotD[a]);
        }
        first = false;
        unitCounts = true;
        continue;
      }
      if (unitCounts) {
        unitCounts = false;
        for (int a = 0; a < nTouchedD; a++) {
          int o = touchedD[a] * cols;
          for (int b = 0; b < nTouchedX; b++) {
            counts[o + touchedX[b]] = 1;
          }
        }
      }
      for (int b = 0; b < ax; b++) {
        touchX(slotX[b]);
      }
      for (int a = 0; a < ad; a++) {
        int i = slotD[a];
        touchD(i);
        int o = i * cols;
        for (int b = 0; b < ax; b++) {
          counts[o + slotX[b]]++;
        }
      }
    }
  }

  private int fire(double[] prob, int[] cand, int n, int[] out) {
    int m = 0;
    for (int c = 0; c < n; c++) {
      int i = cand[c];
      double q = prob[i];
      out[m] = i; // kept if the line fires (no branch on the random outcome)
      m += q >= 1 || rng.nextDouble() < q ? 1 : 0;
    }
    return m;
  }

  private void deterministic(int bl, int nx, int nd, boolean meanCount) {
    for (int a = 0; a < nd; a++) {
      int i = candD[a];
      touchD(i);
      double qd = meanCount ? Math.rint(bl * pd[i]) : pd[i];
      int o = i * cols;
      for (int b = 0; b < nx; b++) {
        int j = candX[b];
        touchX(j);
        counts[o + j] = (int) (meanCount
            ? Math.rint(qd * Math.rint(bl * px[j]) / bl)
            : Math.rint(bl * qd * px[j]));
      }
    }
  }

  private void touchD(int i) {
    if (!markD[i]) {
      markD[i] = true;
      touchedD[nTouchedD++] = i;
    }
  }

  private void touchX(int j) {
    if (!markX[j]) {
      markX[j] = true;
      touchedX[nTouchedX++] = j;
    }
  }
}

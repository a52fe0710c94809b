package io.github.rider.experiments.bench;

import io.github.rider.device.tile.PulsedUpdate;
import io.github.rider.device.tile.UpdateParameters;
import java.util.random.RandomGenerator;

/**
 * A copy of {@link PulsedUpdate}'s one-thread path for W2's settings (stochastic compressed
 * trains, update management and UBLM), with the tile's rows handed to a {@link W2Rows} kernel
 * instead of {@code DeviceArray.applyPulsesInBlock}: the same pulse-train draws from the same
 * generator, the same touched rows and columns in the same order, so that a kernel prototype is
 * measured with W2's own trains around it. Production does not use this class.
 */
final class W2Trains {

  private final int rows;
  private final int cols;
  private final RandomGenerator rng;
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
  private final int[] rowCounts;
  private int nTouchedX;
  private int nTouchedD;
  private boolean unitCounts;
  private double lastA;
  private double lastB;
  private int lastBl;

  W2Trains(int rows, int cols, RandomGenerator rng) {
    this.rows = rows;
    this.cols = cols;
    this.rng = rng;
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

  /** {@link PulsedUpdate#apply} on {@code devices}; returns the pulses fired. */
  long apply(W2Rows devices, double g, double[] x, double[] d, double lr, UpdateParameters p) {
    if (p.pulseType() != UpdateParameters.PulseType.STOCHASTIC_COMPRESSED
        || !p.updateBlManagement()) {
      throw new IllegalArgumentException("the copy covers W2's update parameters only");
    }
    if (lr == 0 || !scales(x, d, Math.abs(lr), g, p)) {
      return 0;
    }
    int nx = candidates(x, lastB, px, candX, cols);
    int nd = candidates(d, lastA, pd, candD, rows);
    if (nx == 0 || nd == 0) {
      return 0;
    }
    unitCounts = false;
    stochastic(lastBl, nx, nd);
    long sum = 0;
    int np = 0;
    for (int a = 0; a < nTouchedD; a++) {
      int i = touchedD[a];
      int o = i * cols;
      boolean negD = (d[i] < 0) ^ (lr < 0);
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
        rowCounts[m++] = negD ^ (x[j] < 0) ? c : -c;
      }
      sum += devices.row(i, pulsed, start, rowCounts, m);
    }
    for (int a = 0; a < nTouchedD; a++) {
      markD[touchedD[a]] = false;
    }
    for (int b = 0; b < nTouchedX; b++) {
      markX[touchedX[b]] = false;
    }
    nTouchedD = 0;
    nTouchedX = 0;
    return sum;
  }

  private boolean scales(double[] x, double[] d, double absLr, double g, UpdateParameters p) {
    int desired = p.desiredBl();
    double xm = maxAbs(x, cols);
    double dm = p.umGradScale() * maxAbs(d, rows);
    if (xm == 0 || dm == 0) {
      return false;
    }
    double k = absLr * xm * dm / g;
    int bl = (int) Math.min(Math.ceil(k), desired);
    double a = Math.sqrt(absLr / (g * bl));
    double b = a;
    if (k > bl) {
      dm *= bl / k;
    }
    lastBl = bl;
    lastA = a * Math.sqrt(xm / dm);
    lastB = b * Math.sqrt(dm / xm);
    return true;
  }

  private static double maxAbs(double[] v, int n) {
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
      cand[m] = i;
      m += q > 0 ? 1 : 0;
    }
    return m;
  }

  private void stochastic(int bl, int nx, int nd) {
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
      out[m] = i;
      m += q >= 1 || rng.nextDouble() < q ? 1 : 0;
    }
    return m;
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

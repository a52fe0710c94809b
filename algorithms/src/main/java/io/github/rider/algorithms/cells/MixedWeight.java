package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.FloatWeights;
import io.github.rider.device.tile.IoPeriphery;
import io.github.rider.device.tile.PulsedUpdate;

/**
 * The chopped mixed forward weight W-bar = C + gamma c_in[j] c_out[i] (A - R) of a transfer
 * compound with gamma &gt; 0 (paper Algorithm 3: W-bar = W + gamma c (P - Q-tilde);
 * docs/transfer-compounds.md §1, §6), R the {@link Reference}'s weights, and a cache of it:
 * forward and backward multiply it through the tile's forward and backward I/O.
 *
 * <p>The cache: W-bar and its float32 copy are rebuilt in full when a chopper switched, the weights
 * were set, or A or C changed as a whole ({@link AnalogTile#bulkChanges}, e.g. new references
 * from a calibration); otherwise {@link #afterPulses} keeps them current element by element, with
 * the same expression per element, so the result is bit-identical to a full rebuild. C and R of
 * element k sit at 2k and 2k + 1 (row-major), so that a pulse of A reads both from one cache line;
 * C is kept current by C's pulses, R as of the last rebuild (R changes only at a chopper switch).
 * A perfect forward or backward I/O multiplies the double W-bar, which is then kept current
 * eagerly; otherwise only the float32 copy is, and the double W-bar is recomputed when read.
 * Randomness: the I/O noise from {@code streams.child("mixed")}.
 */
final class MixedWeight {

  private final int rows;
  private final int cols;
  private final double gamma;
  private final AnalogTile fast;
  private final AnalogTile slow;
  private final Choppers choppers;
  private final Reference reference;
  private final IoPeriphery forward;
  private final IoPeriphery backward;
  private final double[] wbar; // lags wbarF while stale
  private final FloatWeights wbarF; // what the non-perfect I/O multiplies with
  private final double[] slowAndRef;
  private final double[] scratch;
  private final double[] scratchR;
  private final boolean doubleRead;
  private boolean dirty = true; // a full rebuild is pending
  private boolean stale; // wbar (not wbarF) lags the pulses since the last rebuild
  private long fastBulk = -1; // fast/slow bulkChanges() and chopper switches at the last rebuild
  private long slowBulk = -1;
  private long switches = -1;

  MixedWeight(AnalogTile fast, AnalogTile slow, double gamma, Choppers choppers,
      Reference reference, CellHyperparameters hp, RandomStreams streams) {
    this.rows = slow.rows();
    this.cols = slow.cols();
    this.gamma = gamma;
    this.fast = fast;
    this.slow = slow;
    this.choppers = choppers;
    this.reference = reference;
    int n = rows * cols;
    int max = Math.max(rows, cols);
    var io = streams.child("mixed").stream(RandomStreams.IO_NOISE);
    this.forward = new IoPeriphery(hp.tile().forward(), max, io, hp.tile().parallelism());
    this.backward = new IoPeriphery(hp.tile().backward(), max, io, hp.tile().parallelism());
    this.wbar = new double[n];
    this.wbarF = new FloatWeights(rows, cols);
    this.slowAndRef = new double[2 * n];
    this.scratch = new double[n];
    this.scratchR = new double[n];
    this.doubleRead = hp.tile().forward().isPerfect() || hp.tile().backward().isPerfect();
  }

  /** y = W-bar x through the forward I/O. */
  void forward(double[] x, double[] y) {
    forward.forward(current(), wbarF, rows, cols, x, y);
  }

  /** z = W-bar^T d through the backward I/O. */
  void backward(double[] d, double[] z) {
    backward.backward(current(), wbarF, rows, cols, d, z);
  }

  /** W-bar, row-major. */
  void read(double[] out) {
    current();
    if (stale) {
      mixAll(false);
    }
    System.arraycopy(wbar, 0, out, 0, out.length);
  }

  /** A full rebuild is due (the weights were set). */
  void invalidate() {
    dirty = true;
  }

  /**
   * After {@code tile} (A or C) was pulsed: recomputes W-bar at the devices it pulsed (the only
   * elements of A or C that changed), unless a full rebuild is pending anyway; after C's pulses
   * also C's copy. Only the float32 W-bar unless the I/O reads the double one.
   */
  void afterPulses(AnalogTile tile) {
    if (rebuildDue()) {
      return;
    }
    boolean slowPulsed = tile == slow;
    PulsedUpdate u = tile.updater();
    int m = u.lastPulsedCount();
    for (int k = 0; k < m; k++) {
      int idx = u.lastPulsed(k);
      int i = idx / cols;
      int j = idx - i * cols;
      int e = 2 * idx;
      double c;
      if (slowPulsed) {
        c = slow.weight(i, j);
        slowAndRef[e] = c;
      } else {
        c = slowAndRef[e];
      }
      double v = mixed(c, gamma * choppers.in(j) * choppers.out(i), fast.weight(i, j),
          slowAndRef[e + 1]);
      wbarF.set(idx, v);
      if (doubleRead) {
        wbar[idx] = v;
      }
    }
    if (m > 0 && !doubleRead) {
      stale = true;
    }
  }

  /**
   * W-bar, rebuilt in full first if due. Current as a double array only if the I/O reads it
   * ({@link #doubleRead}) or it is not {@link #stale}; the non-perfect I/O reads only wbarF.
   */
  private double[] current() {
    if (rebuildDue()) {
      fastBulk = fast.bulkChanges();
      slowBulk = slow.bulkChanges();
      switches = choppers.switches();
      reference.weights(scratchR);
      slow.readWeights(wbar);
      mixAll(true);
      dirty = false;
    }
    return wbar;
  }

  private boolean rebuildDue() {
    return dirty || choppers.switches() != switches || fast.bulkChanges() != fastBulk
        || slow.bulkChanges() != slowBulk;
  }

  /**
   * One element of W-bar, c + g (a - r) with g = gamma c_in[j] c_out[i] (the one expression of
   * every path, so that they agree bit for bit).
   */
  private static double mixed(double c, double g, double a, double r) {
    return c + g * (a - r);
  }

  /**
   * wbar = C + gamma c (A - R) from slowAndRef and A's weights (wbar is then current); with {@code
   * rebuild}, slowAndRef is first filled with C from wbar and R from scratchR, and wbarF =
   * (float) wbar is written too (otherwise it is current already, and left alone so that a missed
   * float update stays visible to MixedWeightIncrementalTest).
   */
  private void mixAll(boolean rebuild) {
    fast.readWeights(scratch);
    for (int i = 0; i < rows; i++) {
      int o = i * cols;
      for (int j = 0; j < cols; j++) {
        int k = o + j;
        if (rebuild) {
          slowAndRef[2 * k] = wbar[k];
          slowAndRef[2 * k + 1] = scratchR[k];
        }
        double v = mixed(slowAndRef[2 * k], gamma * choppers.in(j) * choppers.out(i), scratch[k],
            slowAndRef[2 * k + 1]);
        wbar[k] = v;
        if (rebuild) {
          wbarF.set(i, j, v);
        }
      }
    }
    stale = false;
  }
}

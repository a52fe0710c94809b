package io.github.rider.algorithms.cells;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.FloatWeights;
import io.github.rider.device.tile.IoPeriphery;
import io.github.rider.device.tile.PulsedUpdate;
import java.util.random.RandomGenerator;

/**
 * The transfer-compound machinery shared by TT-v2, c-TTv2, AGAD and (E-)RIDER
 * (docs/transfer-compounds.md §1, §3-5): a fast tile A and a slow tile C of the same
 * device, a digital buffer H (one entry per element, in pulse units), input/output choppers.
 *
 * <p><b>Gradient update</b> (per sample): A is pulsed with x' = c_in &#8857; x and
 * d' = c_out &#8857; d (the chopped sign) at the pulse-count lr of {@link #pulseCountLr}.
 *
 * <p><b>Transfer trigger</b> (docs/tile-periphery.md §5.2): a counter t of vector updates; every =
 * round(transferEvery) and a transfer after vector t when t mod every = 0; with unitsInMbatch,
 * every = ceil(transferEvery m_batch) and the transfers whose t falls in the batch are done in
 * {@link #endBatch} (m_batch = updates since the last endBatch; exact when transfers fall on batch
 * ends, as with transferEvery 1; otherwise deferred to the batch end). Without endBatch calls,
 * unitsInMbatch cells never transfer.
 *
 * <p><b>Transfer of column j</b> (one per trigger, sequential): v = A[:, j] read through the
 * transfer I/O; r = {@link #reference}; for each i, with c = c_in[j] c_out[i]:
 * H_ij += c (v_i - r_i) |lr_t| / bg, lr_t = transferLr (&times; lr if scaleTransferLr), bg =
 * {@link #bufferGranularity}; if |H_ij| &ge; 1: n = clamp(trunc(H_ij), &plusmn;BL_t) and
 * H_ij &larr; momentum H_ij (forgetBuffer) or H_ij - (1 - momentum) n; C is then pulsed with
 * x = e_j, d = -n, lr = step g_C (one pulse per unit with the default transfer update). During a
 * {@link #inWarmUp warm-up} neither H nor C changes.
 *
 * <p><b>Choppers</b>: after reading column j, c_in[j] flips with probability inChopProb if
 * inChopRandom; otherwise all c_in flip together after every n_s = max(ceil(1/p), 2) full sweeps.
 * After each sweep each c_out[i] flips with probability outChopProb. Subclasses see each input
 * flip through {@link #onInputChopperFlip}.
 *
 * <p><b>Forward weight</b>: W = C + gamma c_in[j] c_out[i] (A - R), R = {@link
 * #referenceWeights} (0 unless E-RIDER's Q-tilde), through the tile's forward/backward I/O; with
 * gamma = 0 it is C itself (AIHWKit 1.0.0 requires gamma = 0 for the chopped compounds).
 *
 * <p>Randomness: tiles from {@code streams.child("A")}, {@code child("C")}; transfer-read noise
 * from {@code child("transfer")}; choppers from {@code CHOPPER}. Allocation-free per sample.
 */
public abstract class TransferCell implements TwoTileCell {

  protected final int rows;
  protected final int cols;
  protected final CellHyperparameters hp;
  protected final AnalogTile fast;
  protected final AnalogTile slow;
  protected final IoPeriphery transferReader;
  /** Chopper period n_s in sweeps (max(ceil(1/p), 2); Integer.MAX_VALUE when p = 0). */
  protected final int chopperPeriod;

  private final RandomGenerator chopRng;
  private final double[] buffer; // column-major (H_ij at j rows + i): a transfer reads column j
  private final int[] cIn;
  private final int[] cOut;
  private final double[] xc;
  private final double[] dc;
  private final double[] read;
  private final double[] ref;
  private final double[] eJ;
  private final double[] nVec;
  private final boolean choppingEnabled;
  private final TransferTrigger trigger;
  private int pointer;
  private long sweeps;
  private long transfers;
  private long chopperFlips;
  private double mx;
  private double md;
  // mixed forward weight (gamma != 0)
  private final IoPeriphery mixedForward;
  private final IoPeriphery mixedBackward;
  private final double[] wbar; // W-bar; lags wbarF while wbarStale
  private final FloatWeights wbarF; // (float) W-bar, what the non-perfect I/O multiplies with
  // C and R of element k at 2k and 2k + 1 (row-major): a pulse of A reads both from one cache
  // line. C is kept current by mixPulsed(slow), R as of the last full rebuild (R changes only by
  // weightsChanged)
  private final double[] slowAndRef;
  private final double[] scratch;
  private final double[] scratchR;
  // a perfect forward or backward I/O multiplies the double W-bar, so it is kept current with
  // wbarF; otherwise only wbarF is, and wbar is recomputed when read (readWeights)
  private final boolean doubleMixRead;
  private boolean wbarDirty = true; // a full rebuild of wbar is pending
  private boolean wbarStale; // wbar (not wbarF) lags the pulses since the last rebuild
  private long fastBulk = -1; // fast/slow bulkChanges() at the last full rebuild
  private long slowBulk = -1;

  protected TransferCell(int rows, int cols, DeviceSpec device, CellHyperparameters hp,
      RandomStreams streams, boolean choppingEnabled) {
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("rows and cols must be > 0, were " + rows + ", " + cols);
    }
    this.rows = rows;
    this.cols = cols;
    this.hp = hp;
    this.trigger = new TransferTrigger(hp);
    this.choppingEnabled = choppingEnabled;
    this.fast = AnalogTile.create(rows, cols, device, hp.tile(), streams.child("A"));
    this.slow = AnalogTile.create(rows, cols, device, hp.tile(), streams.child("C"));
    this.transferReader = new IoPeriphery(hp.transferForward(), rows,
        streams.child("transfer").stream(RandomStreams.IO_NOISE));
    this.chopRng = streams.stream(RandomStreams.CHOPPER);
    double p = hp.inChopProb();
    this.chopperPeriod = p > 0 ? (int) Math.max(Math.ceil(1 / p), 2) : Integer.MAX_VALUE;
    int n = rows * cols;
    buffer = new double[n];
    cIn = new int[cols];
    cOut = new int[rows];
    java.util.Arrays.fill(cIn, 1);
    java.util.Arrays.fill(cOut, 1);
    xc = new double[cols];
    dc = new double[rows];
    read = new double[rows];
    ref = new double[rows];
    eJ = new double[cols];
    nVec = new double[rows];
    if (hp.gamma() > 0) {
      int max = Math.max(rows, cols);
      RandomGenerator io = streams.child("mixed").stream(RandomStreams.IO_NOISE);
      mixedForward = new IoPeriphery(hp.tile().forward(), max, io, hp.tile().parallelism());
      mixedBackward = new IoPeriphery(hp.tile().backward(), max, io, hp.tile().parallelism());
      wbar = new double[n];
      wbarF = new FloatWeights(rows, cols);
      slowAndRef = new double[2 * n];
      scratch = new double[n];
      scratchR = new double[n];
      doubleMixRead = hp.tile().forward().isPerfect() || hp.tile().backward().isPerfect();
    } else {
      mixedForward = null;
      mixedBackward = null;
      wbar = null;
      wbarF = null;
      slowAndRef = null;
      scratch = null;
      scratchR = null;
      doubleMixRead = false;
    }
  }

  // ---- hooks ----

  /** Buffer granularity bg in weight units (one buffer unit = bg of A's read). */
  protected abstract double bufferGranularity();

  /**
   * The pulse-count lr of the fast tile for SGD lr {@code lr} (chopped compounds,
   * docs/transfer-compounds.md §4): fastLr (&times; lr if scaleFastLr) if fastLr &gt; 0, else lr;
   * with autoScale, fastLr BL g_A / (m_x m_d) (&times; lr if scaleFastLr).
   */
  protected double pulseCountLr(double lr, double[] x, double[] d) {
    if (!(hp.fastLr() > 0)) {
      return lr;
    }
    double scale = hp.scaleFastLr() ? lr : 1;
    if (!hp.autoScale()) {
      return hp.fastLr() * scale;
    }
    double xm = maxAbs(x);
    double dm = maxAbs(d);
    double tau = 1 - hp.autoMomentum();
    mx = mx == 0 ? xm : (1 - tau) * mx + tau * xm;
    md = md == 0 ? dm : (1 - tau) * md + tau * dm;
    if (mx == 0 || md == 0) {
      return hp.fastLr() * scale;
    }
    return hp.fastLr() * hp.tile().update().desiredBl() * fast.granularity() / (mx * md) * scale;
  }

  /** The reference r subtracted from the read column j (default 0). */
  protected void reference(int j, double[] v, double[] out) {
    java.util.Arrays.fill(out, 0, rows, 0);
  }

  /** Whether the buffer and C are frozen (default never; AGAD: the first n_s sweeps). */
  protected boolean inWarmUp() {
    return false;
  }

  /** Called when c_in[j] flips (or, with chopping disabled, would flip). */
  protected void onInputChopperFlip(int j) {}

  /** The reference weights R of the mixed forward weight (default 0), row-major. */
  protected void referenceWeights(double[] out) {
    java.util.Arrays.fill(out, 0);
  }

  // ---- TrainableMatrix ----

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int cols() {
    return cols;
  }

  @Override
  public void forward(double[] x, double[] y) {
    if (mixedForward == null) {
      slow.forward(x, y);
    } else {
      mixedForward.forward(mixedWeights(), wbarF, rows, cols, x, y);
    }
  }

  @Override
  public void backward(double[] d, double[] z) {
    if (mixedBackward == null) {
      slow.backward(d, z);
    } else {
      mixedBackward.backward(mixedWeights(), wbarF, rows, cols, d, z);
    }
  }

  @Override
  public void update(double[] x, double[] d, double lr) {
    for (int j = 0; j < cols; j++) {
      xc[j] = cIn[j] * x[j];
    }
    for (int i = 0; i < rows; i++) {
      dc[i] = cOut[i] * d[i];
    }
    fast.update(xc, dc, pulseCountLr(lr, x, d));
    mixPulsed(fast);
    if (trigger.afterUpdate(lr)) {
      transfer(lr);
    }
  }

  @Override
  public void endBatch() {
    for (long k = trigger.atBatchEnd(); k > 0; k--) {
      transfer(trigger.batchLr());
    }
  }

  /** One transfer of the next column (pointer), then chopper bookkeeping. */
  protected final void transfer(double lr) {
    int j = pointer;
    fast.readColumn(j, transferReader, read);
    reference(j, read, ref);
    if (!inWarmUp()) {
      double lrT = hp.transferLr() * (hp.scaleTransferLr() ? Math.abs(lr) : 1);
      double lrScale = lrT / bufferGranularity();
      int blT = hp.transferUpdate().desiredBl();
      boolean any = false;
      for (int i = 0; i < rows; i++) {
        int idx = j * rows + i;
        double h = buffer[idx] + cIn[j] * cOut[i] * (read[i] - ref[i]) * lrScale;
        double n = 0;
        if (Math.abs(h) >= 1) {
          n = Math.max(-blT, Math.min(blT, (double) (long) h));
          h = hp.forgetBuffer() ? hp.momentum() * h : h - (1 - hp.momentum()) * n;
          any = true;
        }
        buffer[idx] = h;
        nVec[i] = -n;
      }
      if (any) {
        eJ[j] = 1;
        slow.update(eJ, nVec, hp.step() * slow.granularity(), hp.transferUpdate());
        eJ[j] = 0;
        mixPulsed(slow);
      }
    }
    transfers++;
    if (hp.inChopRandom() && hp.inChopProb() > 0 && chopRng.nextDouble() < hp.inChopProb()) {
      flipInput(j);
    }
    pointer++;
    if (pointer == cols) {
      pointer = 0;
      sweeps++;
      if (!hp.inChopRandom() && hp.inChopProb() > 0 && sweeps % chopperPeriod == 0) {
        for (int k = 0; k < cols; k++) {
          flipInput(k);
        }
      }
      if (hp.outChopProb() > 0) {
        for (int i = 0; i < rows; i++) {
          if (chopRng.nextDouble() < hp.outChopProb()) {
            if (choppingEnabled) {
              cOut[i] = -cOut[i];
              chopperFlips++;
            }
            wbarDirty = true;
          }
        }
      }
    }
  }

  private void flipInput(int j) {
    if (choppingEnabled) {
      cIn[j] = -cIn[j];
      chopperFlips++;
    }
    wbarDirty = true;
    onInputChopperFlip(j);
  }

  /** Marks the mixed forward weight stale (after a subclass reprograms a reference tile). */
  protected final void weightsChanged() {
    wbarDirty = true;
  }

  /**
   * The mixed forward weight W-bar = C + gamma c_in[j] c_out[i] (A - R) and its float32 copy
   * {@link #wbarF}: rebuilt in full when {@link #wbarDirty} (choppers flipped, R reprogrammed,
   * weights set) or A or C changed as a whole ({@link AnalogTile#bulkChanges}: new references
   * from a calibration), otherwise kept current by {@link #mixPulsed} element by element, with the
   * same expression per element, so the result is bit-identical to a full rebuild. The returned
   * double W-bar is current only if {@link #doubleMixRead} or not {@link #wbarStale} (the
   * non-perfect I/O reads only wbarF).
   */
  private double[] mixedWeights() {
    if (wbarDirty || bulkChanged()) {
      fastBulk = fast.bulkChanges();
      slowBulk = slow.bulkChanges();
      referenceWeights(scratchR);
      slow.readWeights(wbar);
      mixAll(true);
      wbarDirty = false;
    }
    return wbar;
  }

  /**
   * One element of W-bar, c + g (a - r) with g = gamma c_in[j] c_out[i] (the one expression of
   * every path, so that they agree bit for bit).
   */
  private static double mixed(double c, double g, double a, double r) {
    return c + g * (a - r);
  }

  /**
   * wbar = C + gamma c_in[j] c_out[i] (A - R) from {@link #slowAndRef} and A's weights (wbar is
   * then current); with {@code rebuild}, slowAndRef is first filled with C from wbar and R from
   * scratchR, and wbarF = (float) wbar is written too (otherwise it is current already, and left
   * alone so that a missed float update stays visible to MixedWeightIncrementalTest).
   */
  private void mixAll(boolean rebuild) {
    fast.readWeights(scratch);
    double gamma = hp.gamma();
    for (int i = 0; i < rows; i++) {
      int o = i * cols;
      for (int j = 0; j < cols; j++) {
        int k = o + j;
        if (rebuild) {
          slowAndRef[2 * k] = wbar[k];
          slowAndRef[2 * k + 1] = scratchR[k];
        }
        double v = mixed(slowAndRef[2 * k], gamma * cIn[j] * cOut[i], scratch[k],
            slowAndRef[2 * k + 1]);
        wbar[k] = v;
        if (rebuild) {
          wbarF.set(i, j, v);
        }
      }
    }
    wbarStale = false;
  }

  /**
   * After {@code tile} (A or C) was pulsed: recomputes W-bar at the devices it pulsed (the only
   * elements of A or C that changed), unless a full rebuild is pending anyway; after C's pulses
   * also C's copy in {@link #slowAndRef}. Only wbarF unless the double W-bar is read by the I/O.
   */
  private void mixPulsed(AnalogTile tile) {
    if (wbar == null || wbarDirty || bulkChanged()) {
      return;
    }
    boolean slowPulsed = tile == slow;
    double gamma = hp.gamma();
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
      double v = mixed(c, gamma * cIn[j] * cOut[i], fast.weight(i, j), slowAndRef[e + 1]);
      wbarF.set(idx, v);
      if (doubleMixRead) {
        wbar[idx] = v;
      }
    }
    if (m > 0 && !doubleMixRead) {
      wbarStale = true;
    }
  }

  /** Whether A or C changed as a whole (programmed, new references) since the last rebuild. */
  private boolean bulkChanged() {
    return fast.bulkChanges() != fastBulk || slow.bulkChanges() != slowBulk;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double a : v) {
      m = Math.max(m, Math.abs(a));
    }
    return m;
  }

  /** The effective forward weight (C, or C + gamma c (A - R)). */
  @Override
  public void readWeights(double[] out) {
    if (wbar == null) {
      slow.readWeights(out);
    } else {
      mixedWeights();
      if (wbarStale) {
        mixAll(false);
      }
      System.arraycopy(wbar, 0, out, 0, out.length);
    }
  }

  /** Initial weights: C = w, A = 0 (AIHWKit: all devices zeroed, the last gets W); not counted. */
  @Override
  public void setWeights(double[] w) {
    slow.setWeights(w);
    fast.setWeights(new double[rows * cols]);
    wbarDirty = true;
  }

  // ---- inspection (tests, reports) ----

  /** The fast tile A (= P for E-RIDER). */
  public AnalogTile fastTile() {
    return fast;
  }

  /** The slow tile C (= W for E-RIDER). */
  public AnalogTile slowTile() {
    return slow;
  }

  /** Buffer entry H_ij (pulse units). */
  public double buffer(int i, int j) {
    return buffer[j * rows + i];
  }

  /** Input chopper c_in[j] (+1 or -1). */
  public int inputChopper(int j) {
    return cIn[j];
  }

  /** Output chopper c_out[i]. */
  public int outputChopper(int i) {
    return cOut[i];
  }

  /** Completed full sweeps over the columns. */
  public long sweeps() {
    return sweeps;
  }

  /** Column transfers so far. */
  public long transfers() {
    return transfers;
  }

  /**
   * Sign changes of the input and output choppers c_in[j], c_out[i] so far (0 while chopping
   * is disabled, as in RIDER, and during the first chopper period n_s).
   */
  @Override
  public long chopperFlips() {
    return chopperFlips;
  }

  /** The column the next transfer reads. */
  public int nextColumn() {
    return pointer;
  }
}

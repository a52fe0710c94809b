package io.github.rider.device.tile;

import io.github.rider.device.Parallelism;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;

/**
 * A crossbar tile of rows x cols pulsed devices (d_size x x_size, row-major: row i = output i,
 * column j = input j) with AIHWKit 1.0.0's I/O periphery and rank-1 pulsed update
 * (docs/tile-periphery.md, docs/pulse-update.md).
 *
 * <ul>
 *   <li>{@link #forward} y = W x and {@link #backward} z = W^T d through {@link IoPeriphery}
 *       (quantisation, noise, ABS_MAX noise management, ITERATIVE bound management, or perfect);
 *   <li>{@link #update} W &larr; W - lr d x^T by pulse trains ({@link PulsedUpdate}); a mini-batch
 *       is a sequence of such per-sample updates (docs/tile-periphery.md §5.1);
 *   <li>{@link #readColumn} a (noisy) transfer read of column j; {@link #program} and
 *       {@link #programColumn} weight programming with write noise, counted;
 *   <li>the SoftBounds-reference mode: the devices are {@link DeviceArray#create}, whose reference
 *       is r = referenceMean + referenceStd xi (+ the device's own SP when subtractSymmetryPoint),
 *       so the effective SP of device ij is SP_phys - r_ij.
 * </ul>
 *
 * <p>Randomness: devices from {@code streams} (d2d, reference, c2c, write noise); forward and
 * backward I/O noise from {@code IO_NOISE}; pulse trains from {@code PULSE_TRAIN}. Give each tile
 * its own child streams ({@code streams.child("A")}) so that tiles draw different devices.
 * Threads: the products, the pulsed update and the weight refresh are split as the config's
 * {@link TileConfig#parallelism} says (bit-identical for any). Not thread-safe.
 */
public final class AnalogTile {

  private final int rows;
  private final int cols;
  private final DeviceArray devices;
  private final double granularity;
  private final TileConfig config;
  private final IoPeriphery forwardIo;
  private final IoPeriphery backwardIo;
  private final PulsedUpdate updater;
  private final Parallelism parallelism;
  private final double[] w; // the weights perfect I/O multiplies with (current only if keepDouble)
  private final boolean keepDouble; // a perfect I/O direction reads w
  private final FloatWeights wf; // (float) w, what the non-perfect I/O multiplies with
  private final double[] column;
  private boolean dirty = true;
  private long bulkChanges;
  private long excludedProgramOps;

  /** A tile on a given device array (row-major, size rows x cols) with granularity g. */
  public AnalogTile(int rows, int cols, DeviceArray devices, double granularity, TileConfig config,
      RandomStreams streams) {
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("rows and cols must be > 0, were " + rows + ", " + cols);
    }
    if (devices.size() != rows * cols) {
      throw new IllegalArgumentException("devices must have " + rows * cols + " elements, has "
          + devices.size());
    }
    if (!(granularity > 0) || Double.isInfinite(granularity)) {
      throw new IllegalArgumentException("granularity must be finite and > 0, was " + granularity);
    }
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    this.rows = rows;
    this.cols = cols;
    this.devices = devices;
    this.granularity = granularity;
    this.config = config;
    int max = Math.max(rows, cols);
    var ioRng = streams.stream(RandomStreams.IO_NOISE);
    this.parallelism = config.parallelism();
    this.forwardIo = new IoPeriphery(config.forward(), max, ioRng, parallelism);
    this.backwardIo = new IoPeriphery(config.backward(), max, ioRng, parallelism);
    this.updater = new PulsedUpdate(rows, cols, streams.stream(RandomStreams.PULSE_TRAIN),
        parallelism);
    this.w = new double[rows * cols];
    this.keepDouble = config.forward().isPerfect() || config.backward().isPerfect();
    this.wf = new FloatWeights(rows, cols);
    this.column = new double[rows];
    this.excludedProgramOps = devices.programCount();
  }

  /**
   * A tile of devices drawn from {@code spec} with device-to-device variation and references
   * (DeviceArray.create, one noise block per row), granularity spec.granularity(); the devices'
   * zero-shifting trains split as the config's parallelism says.
   */
  public static AnalogTile create(int rows, int cols, DeviceSpec spec, TileConfig config,
      RandomStreams streams) {
    return new AnalogTile(rows, cols,
        DeviceArray.create(spec, rows * cols, cols, streams, config.parallelism()),
        spec.granularity(), config, streams);
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  /** The devices (row-major). */
  public DeviceArray devices() {
    return devices;
  }

  /** AIHWKit's weight granularity g of the devices (sets the pulse counts). */
  public double granularity() {
    return granularity;
  }

  public TileConfig config() {
    return config;
  }

  /**
   * The operands of the products: the visible weights w (row-major, do not modify) and their
   * float32 copy {@link #wf}, both read in full after a change of every weight ({@link
   * #program}, {@link #setReferences}), otherwise kept current element by element ({@link
   * #refresh}) as pulses and column programming change them; w only if a perfect I/O direction
   * multiplies it ({@link #keepDouble}). Exact reads go to the devices.
   */
  private double[] weights() {
    if (dirty) {
      devices.read(w);
      wf.setAll(w);
      dirty = false;
    }
    return w;
  }

  /**
   * A weight refresh (a device read, two or three scattered writes) in multiply-adds, for {@link
   * Parallelism#splits}.
   */
  private static final int REFRESH_WORK = 8;

  /** Re-reads the visible weight of device k (unless a full read is pending anyway). */
  private void refresh(int k) {
    if (!dirty) {
      double v = devices.read(k);
      if (keepDouble) {
        w[k] = v;
      }
      wf.set(k, v);
    }
  }

  /** y = W x through the forward I/O. */
  public void forward(double[] x, double[] y) {
    forwardIo.forward(weights(), wf, rows, cols, x, y);
  }

  /** z = W^T d through the backward I/O. */
  public void backward(double[] d, double[] z) {
    backwardIo.backward(weights(), wf, rows, cols, d, z);
  }

  /** The pulsed update W &larr; W - lr d x^T with the tile's update parameters; returns pulses. */
  public long update(double[] x, double[] d, double lr) {
    return update(x, d, lr, config.update());
  }

  /** The pulsed update with other update parameters (e.g. a transfer_update); returns pulses. */
  public long update(double[] x, double[] d, double lr, UpdateParameters p) {
    long fired = updater.apply(devices, granularity, x, d, lr, p);
    int m = updater.lastPulsedCount();
    if (!dirty && parallelism.splits(m, (long) m * REFRESH_WORK)) {
      parallelism.forRanges(m, (from, to) -> {
        for (int k = from; k < to; k++) {
          refresh(updater.lastPulsed(k));
        }
      });
    } else {
      for (int k = 0; k < m; k++) {
        refresh(updater.lastPulsed(k));
      }
    }
    return fired;
  }

  /** The pulse-train generator (BL, A, B of the last update). */
  public PulsedUpdate updater() {
    return updater;
  }

  /** Column j of the visible weights, read through {@code reader} (a transfer read), into out. */
  public void readColumn(int j, IoPeriphery reader, double[] out) {
    exactColumn(j, column);
    reader.readColumn(column, rows, out);
  }

  /** Column j of the visible weights, exactly (no I/O), into out (length &gt;= rows). */
  public void exactColumn(int j, double[] out) {
    for (int i = 0; i < rows; i++) {
      out[i] = devices.read(i * cols + j);
    }
  }

  /** The visible weights, exactly (AIHWKit get_weights), row-major into out. */
  public void readWeights(double[] out) {
    devices.read(out);
  }

  /** Visible weight (i, j). */
  public double weight(int i, int j) {
    return devices.read(i * cols + j);
  }

  /**
   * Initial weights (AIHWKit set_weights: clipped to each device's bounds, write noise if any);
   * not counted in {@link #programmingOps}.
   */
  public void setWeights(double[] v) {
    long before = devices.programCount();
    program(v);
    excludedProgramOps += devices.programCount() - before;
  }

  /** Programs every weight (counted: rows x cols operations). */
  public void program(double[] v) {
    if (v.length != rows * cols) {
      throw new IllegalArgumentException("expected " + rows * cols + " weights, got " + v.length);
    }
    devices.program(v);
    dirty = true;
    bulkChanges++;
  }

  /** Programs column j to {@code col} (counted: rows operations). */
  public void programColumn(int j, double[] col) {
    for (int i = 0; i < rows; i++) {
      devices.program(i * cols + j, col[i]);
      refresh(i * cols + j);
    }
  }

  /**
   * Programs the reference of device k to {@code r[k]} ({@link DeviceArray#setReference}, one
   * counted programming operation each), e.g. after a zero-shifting calibration (docs/devices.md
   * §6: "set the reference equal to that conductance"). The physical states are unchanged, so the
   * visible weights move by the change of r. Also call it after pulsing {@link #devices()}
   * directly (as a calibration does), so that the visible weights are re-read.
   */
  public void setReferences(double[] r) {
    if (r.length != rows * cols) {
      throw new IllegalArgumentException("expected " + rows * cols + " references, got "
          + r.length);
    }
    for (int k = 0; k < r.length; k++) {
      devices.setReference(k, r[k]);
    }
    dirty = true;
    bulkChanges++;
  }

  /**
   * How many times every weight changed at once so far ({@link #program}, {@link #setWeights},
   * {@link #setReferences}); a copy of the weights kept current from {@link
   * PulsedUpdate#lastPulsed} and column programming must be rebuilt when it moves. Pulses and
   * column programming do not count.
   */
  public long bulkChanges() {
    return bulkChanges;
  }

  /** Pulses fired on this tile's devices. */
  public long pulses() {
    return devices.pulseCount();
  }

  /** Programming operations, those of {@link #setWeights} excluded. */
  public long programmingOps() {
    return devices.programCount() - excludedProgramOps;
  }
}

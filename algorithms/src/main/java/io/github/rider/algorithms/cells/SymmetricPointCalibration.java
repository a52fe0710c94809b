package io.github.rider.algorithms.cells;

import io.github.rider.algorithms.ZeroShifting;
import io.github.rider.algorithms.array.PulsedArray;
import io.github.rider.algorithms.nn.TrainableMatrix;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.pulse.PulseScheme;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.tile.AnalogTile;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The reference calibration before residual learning (docs/devices.md §6, Algorithm 4 step 1, Fig.
 * 2): every device's reference r is moved so that the symmetric point of its effective weight
 * w_eff = g - r becomes (an estimate of) 0.
 *
 * <ul>
 *   <li>{@link Method#GROUND_TRUTH}: r &larr; r + SP_eff, the exact SP of each device (what
 *       AIHWKit's subtract_symmetry_point does; no pulses). Afterwards SP_eff = 0.
 *   <li>{@link Method#ZERO_SHIFTING}: Algorithm 1 with N pulses on the tile's devices
 *       ({@link ZeroShifting#run}, stochastic or cyclic; the devices' own cycle-to-cycle noise
 *       and clipping apply), whose end state W_N estimates SP_eff; then r &larr; r + W_N. The new
 *       effective SP is SP_eff - W_N: the estimate's error, which shrinks with N (Theorem 2.2).
 *   <li>{@link Method#NONE}: nothing (e.g. E-RIDER, which tracks the SP during training).
 * </ul>
 *
 * <p>Calibrate a cell right after it is built and before its initial weights are set (the
 * device states after ZS are then overwritten by set_weights; only the references remain).
 * Pulses fired by ZS are counted in the tiles' pulse counters; the reference writes count one
 * programming operation per device. All devices of a tile are pulsed in parallel, so ZS costs N
 * pulse cycles ({@link #pulseCycles}), whatever the number of tiles.
 *
 * @param method  how the references are set
 * @param pulses  N, the ZS pulses per device (&gt;= 0; 0 unless {@link Method#ZERO_SHIFTING})
 * @param variant stochastic (Algorithm 1 as analysed) or cyclic (Kim et al.) pulse signs
 */
public record SymmetricPointCalibration(Method method, long pulses, ZeroShifting.Variant variant) {

  /** How the references are set. */
  public enum Method {
    /** No calibration. */
    NONE,
    /** Reference = the device's true symmetric point (oracle). */
    GROUND_TRUTH,
    /** Reference = the zero-shifting estimate after N pulses. */
    ZERO_SHIFTING
  }

  public SymmetricPointCalibration {
    if (method == null || variant == null) {
      throw new IllegalArgumentException("method and variant must not be null");
    }
    if (pulses < 0) {
      throw new IllegalArgumentException("pulses must be >= 0, was " + pulses);
    }
    if (method != Method.ZERO_SHIFTING && pulses != 0) {
      throw new IllegalArgumentException("pulses must be 0 for " + method + ", was " + pulses);
    }
  }

  /** No calibration. */
  public static SymmetricPointCalibration none() {
    return new SymmetricPointCalibration(Method.NONE, 0, ZeroShifting.Variant.STOCHASTIC);
  }

  /** References at the true symmetric points. */
  public static SymmetricPointCalibration groundTruth() {
    return new SymmetricPointCalibration(Method.GROUND_TRUTH, 0, ZeroShifting.Variant.STOCHASTIC);
  }

  /** References at the zero-shifting estimates after {@code n} pulses of {@code variant}. */
  public static SymmetricPointCalibration zeroShifting(long n, ZeroShifting.Variant variant) {
    return new SymmetricPointCalibration(Method.ZERO_SHIFTING, n, variant);
  }

  /** Array-parallel pulse cycles of the calibration: N for ZS, else 0. */
  public long pulseCycles() {
    return method == Method.ZERO_SHIFTING ? pulses : 0;
  }

  /**
   * Calibrates the references of {@code tile}'s devices; {@code signs} draws the stochastic
   * variant's pulse signs. Returns the pulses fired on the tile's devices.
   */
  public long calibrate(AnalogTile tile, RandomGenerator signs) {
    DeviceArray devices = tile.devices();
    int n = devices.size();
    double[] shift = new double[n];
    long fired = 0;
    switch (method) {
      case NONE -> {
        return 0;
      }
      case GROUND_TRUTH -> {
        for (int k = 0; k < n; k++) {
          shift[k] = devices.symmetricPoint(k);
        }
      }
      case ZERO_SHIFTING -> {
        PulsedArray array = PulsedArray.of(devices, PulseScheme.deterministic(1), null);
        ZeroShifting.Result r = ZeroShifting.run(array, pulses, variant, signs);
        shift = r.estimate();
        fired = r.pulsesFired();
      }
      default -> throw new IllegalStateException("unknown method " + method);
    }
    double[] refs = new double[n];
    for (int k = 0; k < n; k++) {
      refs[k] = devices.reference(k) + shift[k];
    }
    tile.setReferences(refs);
    return fired;
  }

  /**
   * Calibrates every analog tile of {@code cell} ({@link #tiles}), tile k with the sign stream
   * {@code streams.stream("zs-signs", k)}. Returns the pulses fired.
   */
  public long calibrate(TrainableMatrix cell, RandomStreams streams) {
    long fired = 0;
    List<AnalogTile> tiles = tiles(cell);
    for (int k = 0; k < tiles.size(); k++) {
      fired += calibrate(tiles.get(k), streams.stream("zs-signs", k));
    }
    return fired;
  }

  /**
   * The analog tiles of a cell: A and C of the transfer cells (and E-RIDER's Q-tilde), TT-v1's A
   * and C, analog SGD's tile; none for a digital matrix.
   */
  public static List<AnalogTile> tiles(TrainableMatrix cell) {
    List<AnalogTile> out = new ArrayList<>();
    if (cell instanceof TtV1Cell t) {
      out.addAll(t.tiles());
    } else if (cell instanceof TransferCompoundCell t) {
      out.add(t.fastTile());
      out.add(t.slowTile());
      if (cell instanceof ERiderCell e) {
        out.add(e.referenceTile());
      }
    } else if (cell instanceof AnalogSgdCell a) {
      out.add(a.tile());
    }
    return out;
  }
}

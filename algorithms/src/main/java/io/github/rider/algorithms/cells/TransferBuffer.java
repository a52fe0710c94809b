package io.github.rider.algorithms.cells;

import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.UpdateParameters;

/**
 * The digital transfer buffer H of TT-v2, c-TTv2, AGAD and (E-)RIDER, one entry per element in
 * units of the buffer granularity bg, and its writes to the slow tile C
 * (docs/transfer-compounds.md §3-4; AIHWKit {@code rpu_chopped_transfer_device.cpp}). The transfer
 * of column j with read v, reference r and scale s = |lr_t| / bg does, for each row i with c =
 * c_in[j] c_out[i]:
 *
 * <pre>
 *   H_ij += c (v_i - r_i) s;  if |H_ij| &gt;= 1:  n = clamp(trunc(H_ij), &plusmn;BL_t),
 *   H_ij &larr; momentum H_ij (forgetBuffer) or H_ij - (1 - momentum) n,
 * </pre>
 *
 * then C is pulsed with x = e_j, d = -n at lr = step g_C and the transfer update parameters (one
 * pulse per unit with the default transfer update): the write W &larr; W + beta c (P - Q-tilde) of
 * the paper's eq. (18b). Stored column-major, since a transfer reads and writes one column.
 */
final class TransferBuffer {

  private final int rows;
  private final double[] h;
  private final double[] ej;
  private final double[] n;
  private final int bl;
  private final double momentum;
  private final boolean forget;
  private final double step;
  private final UpdateParameters update;

  TransferBuffer(int rows, int cols, CellHyperparameters hp) {
    this.rows = rows;
    this.h = new double[rows * cols];
    this.ej = new double[cols];
    this.n = new double[rows];
    this.update = hp.transferUpdate();
    this.bl = update.desiredBl();
    this.momentum = hp.momentum();
    this.forget = hp.forgetBuffer();
    this.step = hp.step();
  }

  /**
   * Accumulates column j (read v, reference r, scale s, signs of {@code choppers}) and pulses C
   * where |H_ij| reached 1; whether C was pulsed.
   */
  boolean transfer(int j, double[] v, double[] r, double s, Choppers choppers, AnalogTile c) {
    boolean any = false;
    int o = j * rows;
    for (int i = 0; i < rows; i++) {
      double x = h[o + i] + choppers.in(j) * choppers.out(i) * (v[i] - r[i]) * s;
      double pulses = 0;
      if (Math.abs(x) >= 1) {
        pulses = Math.max(-bl, Math.min(bl, (double) (long) x));
        x = forget ? momentum * x : x - (1 - momentum) * pulses;
        any = true;
      }
      h[o + i] = x;
      n[i] = -pulses;
    }
    if (any) {
      ej[j] = 1;
      c.update(ej, n, step * c.granularity(), update);
      ej[j] = 0;
    }
    return any;
  }

  /**
   * The buffer granularity bg of the chopped compounds (c-TTv2, AGAD, (E-)RIDER;
   * docs/transfer-compounds.md §4): bufferGranularity g_A, times autoGranularity / (cols
   * |transferEvery|) if autoGranularity &gt; 0; g_A the granularity of {@code device}.
   */
  static double choppedGranularity(CellHyperparameters hp, DeviceSpec device, int cols) {
    double bg = hp.bufferGranularity() * device.granularity();
    if (hp.autoGranularity() > 0) {
      bg *= hp.autoGranularity() / (cols * Math.abs(hp.transferEvery()));
    }
    return bg;
  }

  /** H_ij in buffer units. */
  double get(int i, int j) {
    return h[j * rows + i];
  }
}

package io.github.rider.algorithms.cells;

import io.github.rider.device.tile.IoPeriphery;
import java.util.Arrays;

/**
 * The reference r a transfer subtracts from the fast tile's read before it enters the buffer,
 * H += c (v - r) |lr_t| / bg (docs/transfer-compounds.md §4-6), and the reference R of the mixed
 * forward weight W-bar = C + gamma c (A - R): zero (TT-v2, c-TTv2), the running mean as it stood
 * at the last chopper switch (AGAD), or the programmed analog tile Q-tilde (E-RIDER, RIDER).
 */
sealed interface Reference permits Reference.Zero, RunningMeanReference, ProgrammedReference {

  /**
   * The reference r of column j as the transfer sees it (length rows), given the transfer read v
   * of the fast tile's column j (a running mean takes it in) and the transfer I/O (an analog
   * reference is read through it).
   */
  void column(int j, double[] v, IoPeriphery reader, double[] r);

  /** Column j's input chopper switched (or, held, would have). */
  void switched(int j);

  /** R of the mixed forward weight, row-major. */
  void weights(double[] out);

  /** No reference: r = 0, R = 0 (TT-v2, c-TTv2). */
  final class Zero implements Reference {

    private final int rows;

    Zero(int rows) {
      this.rows = rows;
    }

    @Override
    public void column(int j, double[] v, IoPeriphery reader, double[] r) {
      Arrays.fill(r, 0, rows, 0);
    }

    @Override
    public void switched(int j) {}

    @Override
    public void weights(double[] out) {
      Arrays.fill(out, 0);
    }
  }
}

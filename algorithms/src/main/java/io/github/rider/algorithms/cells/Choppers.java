package io.github.rider.algorithms.cells;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The input and output choppers c_in[j], c_out[i] of a transfer compound (paper eq. (17), the
 * chopper c_k of Algorithm 3; AIHWKit ChoppedTransferCompound, docs/transfer-compounds.md §4).
 * All signs start at +1. With inChopRandom, c_in[j] switches with probability p = inChopProb after
 * column j is read; otherwise all c_in switch together after every n_s = {@link #period} sweeps.
 * After each sweep every c_out[i] switches with probability outChopProb.
 *
 * <p><b>Held</b> choppers (RIDER, TT-v2) keep every sign at +1 but make the same draws and report
 * the same switches, which still clock a running-mean reference and its refresh. Draws come from
 * the one generator given (the cell's {@code CHOPPER} stream).
 */
final class Choppers {

  private final int[] in;
  private final int[] out;
  private final boolean held;
  private final double inProb;
  private final boolean inRandom;
  private final double outProb;
  private final int period;
  private final RandomGenerator rng;
  private long flips;
  private long switches;

  /**
   * Choppers for a rows x cols cell with hp's inChopProb, inChopRandom and outChopProb; {@code
   * held}: the signs stay +1.
   */
  Choppers(int rows, int cols, CellHyperparameters hp, boolean held, RandomGenerator rng) {
    this.in = new int[cols];
    this.out = new int[rows];
    Arrays.fill(in, 1);
    Arrays.fill(out, 1);
    this.held = held;
    this.inProb = hp.inChopProb();
    this.inRandom = hp.inChopRandom();
    this.outProb = hp.outChopProb();
    this.period = period(inProb);
    this.rng = rng;
  }

  /**
   * The chopper period n_s = max(ceil(1/p), 2) in sweeps (Integer.MAX_VALUE for p = 0): the regular
   * switching interval, and the clock of AGAD's running-mean rate and warm-up.
   */
  static int period(double p) {
    return p > 0 ? (int) Math.max(Math.ceil(1 / p), 2) : Integer.MAX_VALUE;
  }

  /** n_s in sweeps. */
  int period() {
    return period;
  }

  /** Input chopper c_in[j] (+1 or -1). */
  int in(int j) {
    return in[j];
  }

  /** Output chopper c_out[i]. */
  int out(int i) {
    return out[i];
  }

  /** The chopped gradient factors x' = c_in &#8857; x, d' = c_out &#8857; d. */
  void chop(double[] x, double[] d, double[] xc, double[] dc) {
    for (int j = 0; j < in.length; j++) {
      xc[j] = in[j] * x[j];
    }
    for (int i = 0; i < out.length; i++) {
      dc[i] = out[i] * d[i];
    }
  }

  /** After the transfer read of column j: whether c_in[j] switched (inChopRandom only). */
  boolean afterRead(int j) {
    if (inRandom && inProb > 0 && rng.nextDouble() < inProb) {
      switchInput(j);
      return true;
    }
    return false;
  }

  /**
   * After the end of sweep number {@code sweeps} (1, 2, ...): switches every c_in if the regular
   * period is up, then draws the output choppers; whether the inputs switched.
   */
  boolean afterSweep(long sweeps) {
    boolean inputs = !inRandom && inProb > 0 && sweeps % period == 0;
    if (inputs) {
      for (int j = 0; j < in.length; j++) {
        switchInput(j);
      }
    }
    if (outProb > 0) {
      for (int i = 0; i < out.length; i++) {
        if (rng.nextDouble() < outProb) {
          if (!held) {
            out[i] = -out[i];
            flips++;
          }
          switches++;
        }
      }
    }
    return inputs;
  }

  private void switchInput(int j) {
    if (!held) {
      in[j] = -in[j];
      flips++;
    }
    switches++;
  }

  /** Sign changes so far (0 while held). */
  long flips() {
    return flips;
  }

  /** Switches so far, made or held: a clock that moves whenever a sign may have changed. */
  long switches() {
    return switches;
  }
}

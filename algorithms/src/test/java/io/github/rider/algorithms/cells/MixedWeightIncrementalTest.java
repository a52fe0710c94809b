package io.github.rider.algorithms.cells;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import io.github.rider.device.tile.IoPeriphery;
import io.github.rider.device.tile.TileConfig;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mixed forward weight W-bar = C + gamma c_in[j] c_out[i] (A - Q-tilde) of E-RIDER, which
 * {@link MixedWeight} keeps current element by element (only the devices a pulse touched, from
 * its interleaved copy of C and R; with Table 6 I/O only the float32 copy, the double one is
 * recomputed when read), is bit-identical after every step to W-bar rebuilt from scratch out of
 * the tiles and choppers; and the column-major copy of Q-tilde that E-RIDER's transfer reads
 * equals Q-tilde's columns after every step. With Table 6 I/O and with perfect I/O (which reads
 * the double W-bar, kept current eagerly).
 *
 * <p>Deterministic (fixed seed, exact comparison). The run is sized so that every path is taken:
 * the fast tile A is pulsed every sample, C is written by transfers in steps without a chopper
 * flip (checked: more than 10 such steps), the choppers flip (full rebuilds), and A's references
 * are all changed once (as a symmetric-point calibration does), and the weights are set anew
 * once (Q-tilde programmed to 0 as a whole). Variants that forget to refresh W-bar after A's or
 * C's pulses, C's copy after C's pulses, the float32 W-bar after A's pulses, the double W-bar
 * before it is read, or Q-tilde's column copy after its reprogramming fail it (mutation-checked
 * by hand).
 */
class MixedWeightIncrementalTest {

  private static final int ROWS = 6;
  private static final int COLS = 9;

  /** W-bar from scratch, with the same per-element expression as the cell. */
  private static double[] fromScratch(ERiderCell cell, double gamma) {
    double[] c = new double[ROWS * COLS];
    double[] a = new double[ROWS * COLS];
    double[] r = new double[ROWS * COLS];
    cell.slowTile().readWeights(c);
    cell.fastTile().readWeights(a);
    cell.referenceTile().readWeights(r);
    for (int i = 0; i < ROWS; i++) {
      for (int j = 0; j < COLS; j++) {
        int k = i * COLS + j;
        c[k] += gamma * cell.inputChopper(j) * cell.outputChopper(i) * (a[k] - r[k]);
      }
    }
    return c;
  }

  @ParameterizedTest(name = "perfect I/O {0}")
  @ValueSource(booleans = {false, true})
  void incrementallyKeptMixedWeightEqualsTheFullRebuildBitForBit(boolean perfect) {
    CellHyperparameters hp = CellHyperparameters.fcn(Algorithm.ERIDER)
        .withOverride("units_in_mbatch", "false").withOverride("in_chop_prob", "0.1")
        .withOverride("out_chop_prob", "0.2").withOverride("transfer_lr", "20")
        .withOverride("tail_weightening", "1");
    if (perfect) {
      hp = hp.withTile(TileConfig.PERFECT_IO.withUpdate(hp.tile().update()));
    }
    double gamma = hp.gamma();
    assertThat(gamma).isPositive();
    RandomStreams streams = RandomStreams.of(7);
    ERiderCell cell = new ERiderCell(ROWS, COLS, SoftBoundsSpec.DEFAULTS, hp, streams, true);
    RandomGenerator data = streams.stream(RandomStreams.DATA);
    double[] init = new double[ROWS * COLS];
    for (int k = 0; k < init.length; k++) {
      init[k] = 0.1 * data.nextGaussian();
    }
    cell.setWeights(init);
    double[] x = new double[COLS];
    double[] d = new double[ROWS];
    double[] y = new double[ROWS];
    double[] w = new double[ROWS * COLS];
    double[] column = new double[ROWS];
    double[] qColumn = new double[ROWS];
    // the cell's forward (Table 6 I/O) against a periphery on the same noise stream fed the
    // from-scratch W-bar: checks the float32 copies the I/O multiplies with, too
    IoPeriphery reference = new IoPeriphery(hp.tile().forward(), Math.max(ROWS, COLS),
        RandomStreams.of(7).child("mixed").stream(RandomStreams.IO_NOISE));
    double[] yReference = new double[ROWS];
    int stepsWritingCWithoutFlip = 0;
    boolean flipped = false;
    boolean referenceReprogrammed = false;
    for (int step = 0; step < 400; step++) {
      long slowBefore = cell.slowTile().pulses();
      int choppersBefore = choppers(cell);
      for (int j = 0; j < COLS; j++) {
        x[j] = data.nextDouble();
      }
      for (int i = 0; i < ROWS; i++) {
        d[i] = 0.05 * data.nextGaussian();
      }
      double[] expected = fromScratch(cell, gamma);
      cell.forward(x, y);
      reference.forward(expected, ROWS, COLS, x, yReference);
      assertThat(y).as("forward at step %d", step).isEqualTo(yReference);
      if (step == 200) {
        // a calibration-like change of all of A's references (AnalogTile.setReferences)
        double[] refs = new double[ROWS * COLS];
        for (int k = 0; k < refs.length; k++) {
          refs[k] = cell.fastTile().devices().reference(k) + 0.01;
        }
        cell.fastTile().setReferences(refs);
      }
      if (step == 300) {
        cell.setWeights(init);
      }
      cell.update(x, d, 0.05);
      for (int j = 0; j < COLS; j++) {
        cell.referenceColumn(j, column);
        cell.referenceTile().exactColumn(j, qColumn);
        assertThat(column).as("Q-tilde column %d at step %d", j, step).isEqualTo(qColumn);
        for (double q : qColumn) {
          referenceReprogrammed |= q != 0;
        }
      }
      cell.readWeights(w);
      assertThat(w).as("step %d", step).isEqualTo(fromScratch(cell, gamma));
      boolean flip = choppers(cell) != choppersBefore;
      flipped |= flip;
      if (!flip && cell.slowTile().pulses() > slowBefore) {
        stepsWritingCWithoutFlip++;
      }
    }
    assertThat(flipped).as("a chopper flipped (full rebuild)").isTrue();
    assertThat(referenceReprogrammed).as("Q-tilde reprogrammed to nonzero running means").isTrue();
    assertThat(stepsWritingCWithoutFlip).as("steps whose transfer pulsed C with no chopper flip")
        .isGreaterThan(10);
  }

  /** The chopper signs as bits (any flip changes it). */
  private static int choppers(ERiderCell cell) {
    int h = 0;
    for (int j = 0; j < COLS; j++) {
      h = 2 * h + (cell.inputChopper(j) > 0 ? 1 : 0);
    }
    for (int i = 0; i < ROWS; i++) {
      h = 2 * h + (cell.outputChopper(i) > 0 ? 1 : 0);
    }
    return h;
  }
}

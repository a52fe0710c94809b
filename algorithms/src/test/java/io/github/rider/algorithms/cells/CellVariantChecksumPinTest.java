package io.github.rider.algorithms.cells;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.nn.TrainableMatrix;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import io.github.rider.device.tile.TileConfig;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins a bit-exact checksum of a short fixed-seed run of one cell per algorithm and
 * hyperparameter variant, so that a restructuring of the cells changes no result: the variants
 * reach the paths the FCN pin ({@code FcnTrainingChecksumPinTest}) does not (TT-v2, RIDER, random
 * input choppers, output choppers, auto_scale, a mixed forward weight with gamma &gt; 0 for
 * c-TTv2 and TT-v2, perfect I/O that reads the double mixed weight, batch-end transfers).
 *
 * <p>The run: a 5 x 7 cell on AIHWKit-default SoftBounds devices (dw_min 0.001), transfer_lr 20
 * (so that transfers write C in every variant, checked), from initial weights N(0, 0.1^2); 240
 * samples (x uniform in [0, 1], d ~ N(0, 0.05^2)) at lr 0.05; each sample does forward, backward
 * and update, and every 4th sample ends a mini-batch. The checksum folds {@code
 * Double.doubleToLongBits} of every forward and backward output, the read weights and, at the
 * end, the fast tile A, the transfer and chopper-flip counts, the buffer H, then the pulse and
 * programming counts. <b>Changing a pin:</b> only a deliberate change of the random streams or of
 * an algorithm's semantics may change one;
 * such a change updates the pin in a commit of its own whose message says why.
 */
class CellVariantChecksumPinTest {

  private static final int ROWS = 5;
  private static final int COLS = 7;

  private static long fold(long h, double v) {
    h ^= Double.doubleToLongBits(v);
    h *= 0x100000001B3L;
    return h ^ (h >>> 29);
  }

  private static long fold(long h, double[] values) {
    for (double v : values) {
      h = fold(h, v);
    }
    return h;
  }

  /** {@code overrides}: AIHWKit names and values, "name=value" separated by ';' ("" for none). */
  static long run(Algorithm algorithm, String overrides, boolean perfectIo) {
    CellHyperparameters hp = CellHyperparameters.fcn(algorithm)
        .withOverride("units_in_mbatch", "false").withOverride("in_chop_prob", "0.5")
        .withOverride("transfer_lr", "20");
    for (String o : overrides.isEmpty() ? new String[0] : overrides.split(";")) {
      String[] kv = o.split("=");
      hp = hp.withOverride(kv[0].trim(), kv[1].trim());
    }
    if (perfectIo) {
      hp = hp.withTile(TileConfig.PERFECT_IO.withUpdate(hp.tile().update()));
    }
    RandomStreams streams = RandomStreams.of(20260303L);
    TrainableMatrix cell = Cells.create(algorithm, ROWS, COLS, SoftBoundsSpec.DEFAULTS, hp,
        streams.child("cell"));
    RandomGenerator data = streams.stream(RandomStreams.DATA);
    double[] w = new double[ROWS * COLS];
    for (int k = 0; k < w.length; k++) {
      w[k] = 0.1 * data.nextGaussian();
    }
    cell.setWeights(w);
    double[] x = new double[COLS];
    double[] d = new double[ROWS];
    double[] y = new double[ROWS];
    double[] z = new double[COLS];
    long h = 0xCBF29CE484222325L;
    for (int s = 0; s < 240; s++) {
      for (int j = 0; j < COLS; j++) {
        x[j] = data.nextDouble();
      }
      for (int i = 0; i < ROWS; i++) {
        d[i] = 0.05 * data.nextGaussian();
      }
      cell.forward(x, y);
      cell.backward(d, z);
      h = fold(fold(h, y), z);
      cell.update(x, d, 0.05);
      if (s % 4 == 3) {
        cell.endBatch();
      }
      cell.readWeights(w);
      h = fold(h, w);
    }
    if (cell instanceof TwoTileCell t) {
      t.fastTile().readWeights(w);
      h = fold(h, w);
      h = fold(h, t.transfers());
      h = fold(h, t.chopperFlips());
      assertThat(t.slowTile().pulses()).as("C written by transfers").isPositive();
    }
    if (cell instanceof TransferCompoundCell t) {
      for (int i = 0; i < ROWS; i++) {
        for (int j = 0; j < COLS; j++) {
          h = fold(h, t.buffer(i, j));
        }
      }
    }
    return fold(fold(h, cell.pulses()), cell.programmingOps());
  }

  @ParameterizedTest(name = "{0} [{3}] perfect I/O {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ttv2   | 5E393277C5F13E8C | false |
      ttv2   | 2F4D3228DC2A4A57 | false | gamma=0.1; fast_lr=0
      cttv2  | 1D75F9E6E6172E0C | false | in_chop_random=true; out_chop_prob=0.2
      cttv2  | 7C2E559E5B4E9616 | true  | gamma=0.1; auto_scale=true
      agad   | 4A1313EE3CE262F8 | false | in_chop_random=true; out_chop_prob=0.2
      agad   | E975DEA1C2DD9855 | false | units_in_mbatch=true; transfer_every=1
      rider  | 543830F2FB9CD989 | false |
      rider  | 12232CF0B1EEC50F | true  | gamma=0.2
      erider | 1CC351200381C0CD | false | in_chop_random=true; out_chop_prob=0.2
      erider | 516AEE83FE914761 | true  | in_chop_random=true; out_chop_prob=0.2
      erider | 7482AB65C7263CD3 | false | units_in_mbatch=true; transfer_every=1; momentum=0.3; forget_buffer=false
      """)
  void cellChecksumIsPinned(String algorithm, String pin, boolean perfectIo, String overrides) {
    long h = run(Algorithm.of(algorithm), overrides == null ? "" : overrides, perfectIo);
    assertThat(String.format("%016X", h)).isEqualTo(pin);
  }
}

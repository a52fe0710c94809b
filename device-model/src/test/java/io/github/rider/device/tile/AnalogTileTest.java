package io.github.rider.device.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.ConstantStepSpec;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.PulsedParams;
import org.junit.jupiter.api.Test;

/** The tile: I/O on its weights, pulsed update, reads, programming counts, reference mode. */
class AnalogTileTest {

  private static final ConstantStepSpec EXACT =
      new ConstantStepSpec(PulsedParams.NOISE_FREE.withDwMin(1), Bounds.fixed(-100, 100));

  @Test
  void perfectTileForwardIsTheMatrixProductOfItsWeights() {
    AnalogTile t = AnalogTile.create(2, 3, EXACT, TileConfig.PERFECT_IO, RandomStreams.of(1));
    t.setWeights(new double[] {1, 2, 3, -4, 5, -6});
    double[] y = new double[2];
    t.forward(new double[] {1, 0.5, -1}, y);
    assertThat(y).containsExactly(-1.0, 4.5);
    double[] z = new double[3];
    t.backward(new double[] {1, 2}, z);
    assertThat(z).containsExactly(-7.0, 12.0, -9.0);
  }

  @Test
  void programmingIsCountedAndInitialWeightsAreNot() {
    AnalogTile t = AnalogTile.create(2, 3, EXACT, TileConfig.PERFECT_IO, RandomStreams.of(2));
    t.setWeights(new double[] {1, 2, 3, 4, 5, 500});
    assertThat(t.weight(1, 2)).isEqualTo(100.0); // clipped to the device bound
    assertThat(t.programmingOps()).isZero();
    t.programColumn(1, new double[] {7, 8});
    assertThat(t.programmingOps()).isEqualTo(2);
    assertThat(t.weight(0, 1)).isEqualTo(7.0);
    t.program(new double[6]);
    assertThat(t.programmingOps()).isEqualTo(8);
    t.setWeights(new double[6]); // a later setWeights neither counts nor erases the count
    assertThat(t.programmingOps()).isEqualTo(8);
  }

  @Test
  void updateDescendsAndPulsesAreCounted() {
    AnalogTile t = AnalogTile.create(2, 3, EXACT, TileConfig.PERFECT_IO, RandomStreams.of(3));
    // lr x d / g = 5 0.5 2 / 1 = 5 < 31: E[dw] = -5 at (0, 0); mean over repetitions
    int reps = 2000;
    double sum = 0;
    double sumSq = 0;
    for (int r = 0; r < reps; r++) {
      t.setWeights(new double[6]);
      double before = t.weight(0, 0);
      t.update(new double[] {0.5, 0, 0}, new double[] {2, 0}, 5);
      double dw = t.weight(0, 0) - before;
      sum += dw;
      sumSq += dw * dw;
    }
    double mean = sum / reps;
    double se = Math.sqrt((sumSq / reps - mean * mean) / reps);
    // 5 standard errors: false failure < 1e-6
    assertThat(mean).isCloseTo(-5, within(5 * se));
    assertThat(t.pulses()).isEqualTo((long) -sum);
    assertThat(t.weight(1, 0)).isZero();
  }

  @Test
  void transferReadOfAColumnIsExactUnderPerfectIo() {
    AnalogTile t = AnalogTile.create(2, 3, EXACT, TileConfig.PERFECT_IO, RandomStreams.of(4));
    t.setWeights(new double[] {1, 2, 3, 4, 5, 6});
    double[] out = new double[2];
    t.readColumn(2, new IoPeriphery(IoParameters.PERFECT, 3, null), out);
    assertThat(out).containsExactly(3.0, 6.0);
  }

  @Test
  void softBoundsReferenceModeInjectsTheSymmetricPointOffset() {
    // the paper's Ref Mean / Ref Std: r = refMean + refStd xi + SP_phys, so the effective SP of
    // device ij is -(refMean + refStd xi)
    DeviceSpec spec = DevicePresets.get("reram-array-hfo2").withReferenceMean(0.4)
        .withReferenceStd(0.4);
    AnalogTile t = AnalogTile.create(40, 50, spec, TileConfig.PAPER, RandomStreams.of(5));
    int n = 2000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double sp = t.devices().symmetricPoint(i);
      sum += sp;
      sumSq += sp * sp;
    }
    double mean = sum / n;
    double sd = Math.sqrt(sumSq / n - mean * mean);
    // 5 standard errors of the mean (0.4/sqrt(2000)) and of the sd: false failure < 1e-6
    assertThat(mean).isCloseTo(-0.4, within(5 * 0.4 / Math.sqrt(n)));
    assertThat(sd).isCloseTo(0.4, within(5 * 0.4 / Math.sqrt(2.0 * n)));
    // without subtractSymmetryPoint the device's own SP stays in: the mean differs
    AnalogTile raw = AnalogTile.create(40, 50, spec.withSubtractSymmetryPoint(false)
        .withReferenceStd(0), TileConfig.PAPER, RandomStreams.of(5));
    assertThat(raw.devices().symmetricPoint(0)).isNotCloseTo(-0.4, within(1e-3));
  }
}

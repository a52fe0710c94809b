package io.github.rider.algorithms.cells;

import static io.github.rider.algorithms.cells.TransferArithmeticTest.EXACT;
import static io.github.rider.algorithms.cells.TransferArithmeticTest.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.tile.AnalogTile;
import io.github.rider.device.tile.UpdateParameters;
import io.github.rider.device.tile.UpdateParameters.PulseType;
import org.junit.jupiter.api.Test;

/**
 * The {@link TransferBuffer} part: H += c (v - r) s, whole pulses clamped to BL_t go to C, the
 * remainder by momentum (docs/transfer-compounds.md §4); exact device (one pulse = 1).
 */
class TransferBufferTest {

  private static AnalogTile slow(CellHyperparameters hp) {
    AnalogTile c = AnalogTile.create(2, 2, EXACT, hp.tile(), RandomStreams.of(1));
    c.setWeights(new double[4]);
    return c;
  }

  private static Choppers choppers(CellHyperparameters hp) {
    return new Choppers(2, 2, hp, false, RandomStreams.of(1).stream(RandomStreams.CHOPPER));
  }

  @Test
  void wholeBufferUnitsArePulsedToTheSlowColumnAndTheRestIsKept() {
    CellHyperparameters hp = exact(0);
    TransferBuffer h = new TransferBuffer(2, 2, hp);
    AnalogTile c = slow(hp);
    Choppers signs = choppers(hp);
    // column 1: v - r = (3.5 - 1, 0.5 - 0) at s = 0.5 -> H = (1.25, 0.25): one pulse on row 0
    assertThat(h.transfer(1, new double[] {3.5, 0.5}, new double[] {1, 0}, 0.5, signs, c))
        .isTrue();
    assertThat(h.get(0, 1)).isEqualTo(0.25);
    assertThat(h.get(1, 1)).isEqualTo(0.25);
    assertThat(c.weight(0, 1)).isEqualTo(1.0);
    assertThat(c.weight(1, 1)).isZero();
    assertThat(c.weight(0, 0)).isZero();
    // below threshold: nothing reaches C
    assertThat(h.transfer(1, new double[] {0.5, 0.5}, new double[2], 1, signs, c)).isFalse();
    assertThat(h.get(0, 1)).isEqualTo(0.75);
    assertThat(c.weight(0, 1)).isEqualTo(1.0);
  }

  @Test
  void pulsesAreClampedToTheTransferBurstLengthAndSignedByTheChoppers() {
    CellHyperparameters hp = exact(0).withTransferUpdate(
        new UpdateParameters(2, true, false, false, 1, PulseType.DETERMINISTIC_IMPLICIT))
        .withOverride("in_chop_prob", "0.5").withOverride("momentum", "0.5");
    TransferBuffer h = new TransferBuffer(2, 2, hp);
    AnalogTile c = slow(hp);
    Choppers signs = choppers(hp);
    signs.afterSweep(2); // c_in = -1 (period 2)
    h.transfer(0, new double[] {5.5, 0}, new double[2], 1, signs, c);
    // H = -5.5 -> n = clamp(-5, +-2) = -2, H <- H - (1 - 0.5) n = -4.5; C moves down (d = -n
    // at BL 2: how many of the pulses fire is the tile's pulsed update, not the buffer's)
    assertThat(h.get(0, 0)).isEqualTo(-4.5);
    assertThat(c.weight(0, 0)).isNegative();
    assertThat(c.weight(1, 0)).isZero();
  }

  @Test
  void forgetBufferKeepsMomentumTimesTheBuffer() {
    CellHyperparameters hp = exact(0).withOverride("forget_buffer", "true")
        .withOverride("momentum", "0.1");
    TransferBuffer h = new TransferBuffer(2, 2, hp);
    h.transfer(0, new double[] {2.5, 0}, new double[2], 1, choppers(hp), slow(hp));
    assertThat(h.get(0, 0)).isCloseTo(0.25, within(1e-15));
  }

  @Test
  void choppedGranularityScalesWithAutoGranularity() {
    CellHyperparameters hp = exact(0).withOverride("buffer_granularity", "2")
        .withOverride("auto_granularity", "100").withOverride("transfer_every", "5");
    // EXACT: g_A = dw_min = 1
    assertThat(TransferBuffer.choppedGranularity(hp, EXACT, 4)).isEqualTo(2 * 100 / 20.0);
    assertThat(TransferBuffer.choppedGranularity(hp.withOverride("auto_granularity", "0"), EXACT,
        4)).isEqualTo(2.0);
  }
}

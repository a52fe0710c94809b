package io.github.rider.algorithms.cells;

import static io.github.rider.algorithms.cells.TransferArithmeticTest.EXACT;
import static io.github.rider.algorithms.cells.TransferArithmeticTest.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.rng.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The learning-rate plumbing of docs/transfer-compounds.md §3-4, §7 (AIHWKit 1.0.0 by default:
 * fast_lr absolute) and the buffer granularity with auto_granularity.
 */
class LearningRatePlumbingTest {

  private static final double[] X = {0.5, -2, 0, 1};
  private static final double[] D = {0.25, -1};

  @Test
  void fastLrIsAbsoluteUnlessScaled() {
    CellHyperparameters hp = exact(0).withOverride("fast_lr", "0.3");
    assertThat(new FastLearningRate(hp, EXACT).of(0.01, X, D)).isEqualTo(0.3);
    FastLearningRate scaled = new FastLearningRate(hp.withOverride("scale_fast_lr", "true"), EXACT);
    assertThat(scaled.of(0.01, X, D)).isCloseTo(0.003, within(1e-15));
    FastLearningRate plain = new FastLearningRate(hp.withOverride("fast_lr", "0"), EXACT);
    assertThat(plain.of(0.01, X, D)).isEqualTo(0.01);
    // TT-v2 (Buffered): fast_lr absolute, no scale flag in 1.0.0
    TtV2Cell tt = new TtV2Cell(2, 4, EXACT, hp.withOverride("scale_fast_lr", "true"),
        RandomStreams.of(1));
    assertThat(tt.pulseCountLr(0.01, X, D)).isEqualTo(0.3);
  }

  @Test
  void autoScaleUsesRunningMaxima() {
    CellHyperparameters hp = exact(0).withOverride("fast_lr", "0.3")
        .withOverride("auto_scale", "true").withOverride("desired_bl", "31");
    FastLearningRate lr = new FastLearningRate(hp, EXACT);
    // first call initialises m_x = 2, m_d = 1: count lr = fast_lr BL g_A / (m_x m_d)
    assertThat(lr.of(0.01, X, D)).isCloseTo(0.3 * 31 * 1 / (2 * 1), within(1e-12));
    // second call: m <- 0.99 m + 0.01 new, with new maxima 4 and 1
    double[] x2 = {4, 0, 0, 0};
    double mx = 0.99 * 2 + 0.01 * 4;
    assertThat(lr.of(0.01, x2, D)).isCloseTo(0.3 * 31 / (mx * 1), within(1e-12));
  }

  @Test
  void bufferGranularityAndThreshold() {
    CellHyperparameters hp = exact(0).withOverride("buffer_granularity", "2")
        .withOverride("auto_granularity", "100").withOverride("transfer_every", "5")
        .withOverride("thres_scale", "0.8");
    // c-TTv2: bg = buffer_granularity g_A auto_granularity / (cols |transfer_every|)
    assertThat(new ChoppedTtV2Cell(2, 4, EXACT, hp, RandomStreams.of(3)).tiles()
        .bufferGranularity())
        .isCloseTo(2 * 1 * 100 / (4 * 5.0), within(1e-12));
    assertThat(new ChoppedTtV2Cell(2, 4, EXACT, hp.withOverride("auto_granularity", "0"),
        RandomStreams.of(3)).tiles().bufferGranularity()).isEqualTo(2.0);
    // TT-v2: threshold thres_scale g_C
    assertThat(new TtV2Cell(2, 4, EXACT, hp, RandomStreams.of(3)).tiles().bufferGranularity())
        .isEqualTo(0.8);
  }

  @Test
  void scaleTransferLrMultipliesTheBufferIncrementByTheSgdLr() {
    // A(0,0) = 1, bg = 1: H += transfer_lr (x lr if scaled) per read
    CellHyperparameters hp = exact(0).withOverride("transfer_lr", "0.5");
    ChoppedTtV2Cell scaled = new ChoppedTtV2Cell(1, 1, EXACT,
        hp.withOverride("scale_transfer_lr", "true"), RandomStreams.of(4));
    ChoppedTtV2Cell absolute = new ChoppedTtV2Cell(1, 1, EXACT, hp, RandomStreams.of(4));
    for (ChoppedTtV2Cell c : new ChoppedTtV2Cell[] {scaled, absolute}) {
      c.setWeights(new double[1]);
      c.update(new double[] {1}, new double[] {-1}, 1);
      c.transfer(0.5);
    }
    assertThat(scaled.buffer(0, 0)).isEqualTo(0.25);
    assertThat(absolute.buffer(0, 0)).isEqualTo(0.5);
  }
}

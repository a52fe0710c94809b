package io.github.rider.algorithms.cells;

import static io.github.rider.algorithms.cells.TransferArithmeticTest.EXACT;
import static io.github.rider.algorithms.cells.TransferArithmeticTest.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.tile.IoParameters;
import io.github.rider.device.tile.IoPeriphery;
import org.junit.jupiter.api.Test;

/**
 * The three {@link Reference} parts (zero, AGAD's running-mean snapshot, E-RIDER's programmed
 * Q-tilde), the {@link RunningMean} they share and the {@link WarmUp}, on 2 x 2 cells with reads
 * v = (1, 2) of column 0 only; exact device, perfect reads.
 */
class ReferenceTest {

  private static final double[] V = {1, 2};
  private static final IoPeriphery READER = new IoPeriphery(IoParameters.PERFECT, 2,
      RandomStreams.of(3).stream(RandomStreams.IO_NOISE));

  /** in_chop_prob 0.5 (n_s = 2), tail_weightening 1: beta = 1/2. */
  private static CellHyperparameters hp() {
    return exact(0).withOverride("in_chop_prob", "0.5").withOverride("tail_weightening", "1");
  }

  @Test
  void zeroReferenceIsZero() {
    Reference zero = new Reference.Zero(2);
    double[] r = {7, 7};
    zero.column(0, V, READER, r);
    assertThat(r).containsExactly(0, 0);
    double[] w = {7, 7, 7, 7};
    zero.weights(w);
    assertThat(w).containsOnly(0.0);
  }

  @Test
  void runningMeanRateIsTailWeighteningOverThePeriod() {
    assertThat(new RunningMean(2, 2, hp()).rate()).isEqualTo(0.5);
    assertThat(new RunningMean(2, 2, hp().withOverride("tail_weightening", "5")).rate())
        .isEqualTo(1.0);
    assertThat(new RunningMean(2, 2, hp().withOverride("in_chop_prob", "0.1")).rate())
        .isEqualTo(0.1);
    assertThatThrownBy(() -> new RunningMean(2, 2, exact(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inChopProb");
  }

  @Test
  void runningMeanReferenceIsTheMeanAsItStoodAtTheLastSwitch() {
    RunningMeanReference ref = new RunningMeanReference(2, 2, hp());
    double[] r = new double[2];
    ref.column(0, V, READER, r); // m = v/2
    assertThat(r).containsExactly(0, 0);
    ref.column(0, V, READER, r); // m = 3v/4
    assertThat(r).containsExactly(0, 0);
    ref.switched(0);
    ref.column(0, V, READER, r); // snapshot 3v/4, then m = 7v/8
    assertThat(r).containsExactly(0.75, 1.5);
    ref.column(0, V, READER, r); // the snapshot holds until the next switch
    assertThat(r).containsExactly(0.75, 1.5);
    assertThat(ref.mean().get(1, 0)).isEqualTo(2 * 15 / 16.0);
    assertThat(ref.mean().get(1, 1)).isZero();
    ref.switched(1);
    ref.column(1, new double[2], READER, r); // column 1 snapshots its own mean, 0
    assertThat(r).containsExactly(0, 0);
    double[] w = {7, 7, 7, 7};
    ref.weights(w);
    assertThat(w).containsOnly(0.0);
  }

  @Test
  void programmedReferenceReadsQTildeAndCopiesQIntoItAtASwitch() {
    RandomStreams streams = RandomStreams.of(3);
    ProgrammedReference ref = new ProgrammedReference(2, 2, EXACT, hp(), streams);
    ref.reset();
    double[] r = new double[2];
    ref.column(0, V, READER, r); // Q = v/2; Q-tilde still 0
    ref.column(0, V, READER, r); // Q = 3v/4
    assertThat(r).containsExactly(0, 0);
    assertThat(ref.mean().get(0, 0)).isEqualTo(0.75);
    assertThat(ref.tile().programmingOps()).isZero();
    ref.switched(0); // Q-tilde[:, 0] <- Q[:, 0]
    assertThat(ref.tile().programmingOps()).isEqualTo(2);
    ref.column(0, V, READER, r); // Q = 7v/8; r = Q-tilde e_0 = 3v/4
    assertThat(r).containsExactly(0.75, 1.5);
    double[] w = new double[4];
    ref.weights(w); // row-major; column 1 untouched
    assertThat(w).containsExactly(0.75, 0, 1.5, 0);
    double[] column = new double[2];
    ref.exactColumn(0, column);
    assertThat(column).containsExactly(0.75, 1.5);
  }

  @Test
  void warmUpHoldsForItsSweeps() {
    WarmUp w = new WarmUp(2);
    assertThat(w.holds(0)).isTrue();
    assertThat(w.holds(1)).isTrue();
    assertThat(w.holds(2)).isFalse();
    assertThat(WarmUp.NONE.holds(0)).isFalse();
  }
}

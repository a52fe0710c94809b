package io.github.rider.algorithms.cells;

import static io.github.rider.algorithms.cells.TransferArithmeticTest.exact;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The {@link Choppers} part: eq. (17) with AIHWKit's regular and random input switching. */
class ChoppersTest {

  private static RandomGenerator rng(long seed) {
    return RandomStreams.of(seed).stream(RandomStreams.CHOPPER);
  }

  private static Choppers choppers(String inProb, boolean random, String outProb, boolean held) {
    CellHyperparameters hp = exact(0).withOverride("in_chop_prob", inProb)
        .withOverride("in_chop_random", Boolean.toString(random))
        .withOverride("out_chop_prob", outProb);
    return new Choppers(2, 3, hp, held, rng(1));
  }

  @Test
  void periodIsCeilOfOneOverPAtLeastTwoSweeps() {
    assertThat(Choppers.period(0.25)).isEqualTo(4);
    assertThat(Choppers.period(0.3)).isEqualTo(4);
    assertThat(Choppers.period(0.5)).isEqualTo(2);
    assertThat(Choppers.period(0.9)).isEqualTo(2);
    assertThat(Choppers.period(0)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void regularInputChoppersAllSwitchEveryPeriodAndNeverAfterARead() {
    Choppers c = choppers("0.25", false, "0", false);
    int[] sign = {1, 1, 1, -1, -1, -1, -1, 1};
    for (int sweep = 1; sweep <= 8; sweep++) {
      for (int j = 0; j < 3; j++) {
        assertThat(c.afterRead(j)).isFalse();
      }
      assertThat(c.afterSweep(sweep)).as("sweep %d", sweep).isEqualTo(sweep % 4 == 0);
      for (int j = 0; j < 3; j++) {
        assertThat(c.in(j)).as("c_in[%d] after sweep %d", j, sweep).isEqualTo(sign[sweep - 1]);
      }
      assertThat(c.out(0)).isEqualTo(1);
    }
    assertThat(c.flips()).isEqualTo(2 * 3);
  }

  @Test
  void outputChoppersSwitchAtSweepEndsWithTheirProbability() {
    Choppers always = choppers("0", false, "1", false);
    always.afterSweep(1);
    assertThat(new int[] {always.out(0), always.out(1)}).containsExactly(-1, -1);
    assertThat(always.in(0)).isEqualTo(1);
    always.afterSweep(2);
    assertThat(new int[] {always.out(0), always.out(1)}).containsExactly(1, 1);
    assertThat(always.flips()).isEqualTo(4);
  }

  @Test
  void heldChoppersKeepTheirSignsButReportTheSameSwitches() {
    Choppers made = choppers("0.4", true, "0.3", false);
    Choppers held = choppers("0.4", true, "0.3", true);
    int switched = 0;
    for (int t = 0; t < 300; t++) {
      int j = t % 3;
      boolean s = made.afterRead(j);
      assertThat(held.afterRead(j)).isEqualTo(s);
      switched += s ? 1 : 0;
      if (j == 2) {
        assertThat(held.afterSweep(t / 3 + 1)).isEqualTo(made.afterSweep(t / 3 + 1));
      }
      assertThat(held.switches()).isEqualTo(made.switches());
      assertThat(held.in(j)).isEqualTo(1);
    }
    assertThat(switched).isPositive();
    assertThat(held.flips()).isZero();
    assertThat(made.flips()).isEqualTo(made.switches()).isPositive();
  }

  @Test
  void chopMultipliesTheGradientFactorsBySigns() {
    Choppers c = choppers("0.5", false, "1", false);
    c.afterSweep(2); // inputs (period 2) and outputs switch
    double[] xc = new double[3];
    double[] dc = new double[2];
    c.chop(new double[] {1, -2, 3}, new double[] {0.5, 4}, xc, dc);
    assertThat(xc).containsExactly(-1, 2, -3);
    assertThat(dc).containsExactly(-0.5, -4);
  }
}

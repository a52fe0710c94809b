package io.github.rider.device.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.rng.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The documented domains of the pulse schemes, the mean-field update and pulse programs, each
 * at its exact end, and the mean-field rule's array form and noise-free form.
 */
class PulseArgumentsTest {

  @Test
  void schemesAcceptBitLengthOneAndRefuseZero() {
    for (PulseScheme s : new PulseScheme[] {PulseScheme.stochastic(1),
        PulseScheme.deterministic(1)}) {
      int[] out = new int[2];
      s.counts(new double[] {0.0035, -0.0035}, 0.001, RandomStreams.of(1).stream("r"), out);
      assertThat(out).containsExactly(1, -1);
    }
    assertThatThrownBy(() -> PulseScheme.stochastic(0)).hasMessageContaining("bitLength must be >= 1");
    assertThatThrownBy(() -> PulseScheme.deterministic(0))
        .hasMessageContaining("bitLength must be >= 1");
  }

  @Test
  void schemesCheckDwMinLengthsAndNaN() {
    RandomGenerator r = RandomStreams.of(1).stream("r");
    for (PulseScheme s : new PulseScheme[] {PulseScheme.stochastic(31),
        PulseScheme.deterministic(31)}) {
      for (double bad : new double[] {0, Double.NaN, Double.POSITIVE_INFINITY}) {
        assertThatThrownBy(() -> s.counts(new double[1], bad, r, new int[1]))
            .hasMessageContaining("dwMin must be finite and > 0");
      }
      int[] out = new int[1];
      s.counts(new double[] {1e-300}, Double.MIN_VALUE, r, out);
      assertThat(out[0]).isEqualTo(31);
      assertThatThrownBy(() -> s.counts(new double[2], 0.001, r, new int[3]))
          .hasMessageContaining("out must have the length of dW (2), was 3");
    }
    assertThatThrownBy(() -> PulseScheme.stochastic(31).counts(new double[] {0, Double.NaN}, 0.001,
        r, new int[2])).hasMessageContaining("dW[1] must not be NaN");
  }

  @Test
  void meanFieldNoiseFactorDomainAndRandomness() {
    assertThat(new MeanFieldUpdate(0).needsRandomness()).isFalse();
    assertThat(new MeanFieldUpdate(Double.MIN_VALUE).needsRandomness()).isTrue();
    assertThat(new MeanFieldUpdate(1.5).noiseFree()).isEqualTo(MeanFieldUpdate.NOISE_FREE);
    assertThat(MeanFieldUpdate.NOISE_FREE.noiseFactor()).isZero();
    for (double bad : new double[] {-Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new MeanFieldUpdate(bad))
          .hasMessageContaining("noiseFactor must be finite and >= 0");
    }
    ElementUpdate plain = (q, w, dW, dwMin, rng) -> w + dW;
    assertThat(plain.noiseFree()).isSameAs(plain);
    assertThat(plain.needsRandomness()).isFalse();
  }

  /**
   * The array form applies eq. (2) element by element with one generator: the same numbers as
   * the element form called in order on a generator of the same seed.
   */
  @Test
  void meanFieldArrayFormIsTheElementFormInOrder() {
    ResponseFunction[] q = {AldResponse.of(1, 0.2), AldResponse.of(2, -0.1), AldResponse.of(0.5, 0)};
    double[] w = {0.1, -0.3, 0.2};
    double[] dW = {0.01, -0.02, 0.005};
    MeanFieldUpdate mf = new MeanFieldUpdate(1.5);
    RandomGenerator replica = RandomStreams.of(8).stream("b");
    double[] expected = new double[3];
    for (int i = 0; i < 3; i++) {
      expected[i] = mf.apply(q[i], w[i], dW[i], 0.001, replica);
    }
    mf.apply(q, w, dW, 0.001, RandomStreams.of(8).stream("b"));
    assertThat(w).containsExactly(expected, within(0.0));
    assertThatThrownBy(() -> mf.apply(q, new double[2], new double[2], 0.001, replica))
        .hasMessageContaining("equal lengths, were 3, 2, 2");
    assertThatThrownBy(() -> mf.apply(q, new double[3], new double[2], 0.001, replica))
        .hasMessageContaining("equal lengths, were 3, 3, 2");
  }

  @Test
  void pulseProgramsNameTheEntryAndBoundTheTotal() {
    assertThat(PulseTrace.parseProgram(String.valueOf(Integer.MAX_VALUE)))
        .containsExactly(Integer.MAX_VALUE);
    assertThat(PulseTrace.parseProgram("-5,+1073741823,1073741819")).containsExactly(-5,
        1073741823, 1073741819);
    assertThatThrownBy(() -> PulseTrace.parseProgram("+1,x")).hasMessageContaining("entry 2 'x'");
    assertThatThrownBy(() -> PulseTrace.parseProgram("3,0")).hasMessageContaining("entry 2 must not be 0");
    assertThatThrownBy(() -> PulseTrace.parseProgram(Integer.MAX_VALUE + ",1"))
        .hasMessageContaining("more than " + Integer.MAX_VALUE + " pulses in all (entry 2 '1')");
    assertThatThrownBy(() -> PulseTrace.parseProgram("-1,-1073741824,-1073741823"))
        .hasMessageContaining("(entry 3");
    assertThatThrownBy(() -> PulseTrace.parseProgram(String.valueOf(Integer.MIN_VALUE)))
        .hasMessageContaining("more than");
  }
}

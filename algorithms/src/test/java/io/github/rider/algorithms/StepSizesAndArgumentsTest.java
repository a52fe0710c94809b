package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.problem.StronglyConvexQuadratic;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.rng.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The documented domains of the step sizes (alpha &gt; 0, beta &gt;= 0, eta in [0, 1], gamma &gt;=
 * 0, all finite), of E-RIDER's flip probability p in [0, 1], and the shape checks of the
 * algorithms and arrays, each at its exact boundary.
 */
class StepSizesAndArgumentsTest {

  @Test
  void stepSizesAcceptTheirClosedEndsAndRefuseJustOutside() {
    StepSizes s = new StepSizes(Double.MIN_VALUE, 0, 0, 0);
    assertThat(s.withEta(1).eta()).isEqualTo(1);
    assertThat(s.withAlpha(0.5).withBeta(0.25).withGamma(2).withEta(0.125))
        .isEqualTo(new StepSizes(0.5, 0.25, 0.125, 2));
    assertThatThrownBy(() -> s.withAlpha(0)).hasMessage("alpha must be finite and > 0, was 0.0");
    assertThatThrownBy(() -> s.withAlpha(Double.POSITIVE_INFINITY)).hasMessageContaining("alpha");
    assertThatThrownBy(() -> s.withBeta(-Double.MIN_VALUE)).hasMessageContaining("beta must be");
    assertThatThrownBy(() -> s.withBeta(Double.POSITIVE_INFINITY)).hasMessageContaining("beta");
    assertThatThrownBy(() -> s.withEta(Math.nextUp(1.0))).hasMessageContaining("eta must be in [0, 1]");
    assertThatThrownBy(() -> s.withEta(-Double.MIN_VALUE)).hasMessageContaining("eta");
    assertThatThrownBy(() -> s.withGamma(-Double.MIN_VALUE)).hasMessageContaining("gamma must be");
    assertThatThrownBy(() -> s.withGamma(Double.POSITIVE_INFINITY)).hasMessageContaining("gamma");
  }

  @Test
  void shapesAndTheFlipProbabilityAreChecked() {
    var objective = StronglyConvexQuadratic.of(2, 1, 1, 0, 0, RandomStreams.of(1).stream("o"));
    StepSizes steps = new StepSizes(0.1, 0.1, 0.1, 0.5);
    assertThatThrownBy(() -> new Rider(objective, array(2), array(2), new double[1], steps,
        RandomStreams.of(1))).hasMessage("q0 must have length 2 (the dimension), was 1");
    assertThatThrownBy(() -> new Rider(objective, array(3), array(2), new double[2], steps,
        RandomStreams.of(1))).hasMessageContaining("P array must have 2 elements");
    for (double p : new double[] {0, 1}) {
      new ERider(objective, array(2), array(2), new double[2], steps, p, ERiderOptions.defaults(),
          RandomStreams.of(1));
    }
    for (double p : new double[] {-Double.MIN_VALUE, Math.nextUp(1.0), Double.NaN}) {
      assertThatThrownBy(() -> new ERider(objective, array(2), array(2), new double[2], steps, p,
          ERiderOptions.defaults(), RandomStreams.of(1)))
          .hasMessage("chopProbability must be in [0, 1], was " + p);
    }
    assertThatThrownBy(() -> new AnalogSgd(objective, array(2), 0, RandomStreams.of(1)))
        .hasMessage("alpha must be finite and > 0, was 0.0");
    assertThatThrownBy(() -> ReferenceEma.step(new double[2], new double[3], 0.5))
        .hasMessage("q and p must have equal lengths, were 2 and 3");
  }

  @Test
  void meanFieldArraysCheckTheirArguments() {
    ResponseFunction[] one = {AldResponse.of(1, 0)};
    assertThatThrownBy(() -> MeanFieldArray.of(one, 0, new double[1], null))
        .hasMessage("dwMin must be finite and > 0, was 0.0");
    assertThatThrownBy(() -> MeanFieldArray.of(one, 1e-3, new double[2], null))
        .hasMessageContaining("one weight per response (1), had 2");
    assertThatThrownBy(() -> MeanFieldArray.of(one, 1e-3, new double[1], new MeanFieldUpdate(1),
        null)).hasMessage("a noisy rule needs a noise generator");
    // the initial weights are clipped to the response's range [-1, 1]
    assertThat(MeanFieldArray.of(one, 1e-3, new double[] {3}, null).read(0)).isEqualTo(1);
  }

  private static AnalogArray array(int n) {
    ResponseFunction[] r = new ResponseFunction[n];
    java.util.Arrays.fill(r, AldResponse.of(1, 0));
    return MeanFieldArray.of(r, 1e-3, new double[n], null);
  }
}

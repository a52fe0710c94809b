package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.array.PulsedArray;
import io.github.rider.algorithms.problem.StronglyConvexQuadratic;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.pulse.PulseScheme;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.rng.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The analog arrays' and algorithms' documented contract not pinned by the by-hand steps: the
 * argument domains (sizes, finite step sizes, pulse signs, E-RIDER's options), zero-shifting's
 * counts of its own pulses on an array that was pulsed before, the pulsed array as a view of its
 * devices (dw_min, reads, programming, cycles of an empty array), and G at the current weight.
 */
class ArraysAndArgumentsTest {

  private static StronglyConvexQuadratic quadratic(int dim) {
    return StronglyConvexQuadratic.of(dim, 2, 1, 0, 0, RandomStreams.of(1).stream("optimum"));
  }

  private static MeanFieldArray ald(double... w0) {
    ResponseFunction[] r = new ResponseFunction[w0.length];
    java.util.Arrays.fill(r, AldResponse.of(2, 0.1));
    return MeanFieldArray.of(r, 0.01, w0, null);
  }

  private static PulsedArray pulsed(int n) {
    ResponseFunction[] r = new ResponseFunction[n];
    java.util.Arrays.fill(r, AldResponse.of(2, 0.1));
    return PulsedArray.of(DeviceArray.of(r, 0.01, 0, true, RandomStreams.of(3)),
        PulseScheme.deterministic(31), null);
  }

  @Test
  void algorithmsCheckSizesAndStepSizes() {
    StepSizes steps = new StepSizes(0.1, 0.1, 0.1, 0.5);
    assertThatThrownBy(() -> new AnalogSgd(quadratic(1), ald(0, 0), 0.1, RandomStreams.of(1)))
        .hasMessageContaining("W array must have 1 elements");
    for (double bad : new double[] {0, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new AnalogSgd(quadratic(1), ald(0), bad, RandomStreams.of(1)))
          .hasMessageContaining("alpha must be finite and > 0");
    }
    assertThatThrownBy(() -> new Rider(quadratic(1), ald(0), ald(0, 0), new double[1], steps,
        RandomStreams.of(1))).hasMessageContaining("W array must have 1 elements");
    assertThatThrownBy(() -> MeanFieldArray.of(new ResponseFunction[] {AldResponse.of(1, 0)},
        Double.POSITIVE_INFINITY, new double[1], null)).hasMessageContaining("dwMin");
    assertThatThrownBy(() -> ZeroShifting.run(ald(0), -1, ZeroShifting.Variant.CYCLIC, null))
        .hasMessageContaining("pulses must be >= 0");
  }

  @Test
  void eriderOptionsNeedBothReferencesAndAFiniteWriteNoise() {
    ERiderOptions.Reference t = ERiderOptions.Reference.ANALOG_Q_TILDE;
    assertThatThrownBy(() -> new ERiderOptions(true, null, t, 0)).hasMessageContaining("null");
    assertThatThrownBy(() -> new ERiderOptions(true, t, null, 0)).hasMessageContaining("null");
    for (double bad : new double[] {-Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> ERiderOptions.defaults().withQTildeWriteNoise(bad))
          .hasMessageContaining("qTildeWriteNoise must be finite and >= 0");
    }
    assertThat(ERiderOptions.defaults().usesQTilde()).isTrue();
    assertThat(ERiderOptions.digitalReference().usesQTilde()).isFalse();
    assertThat(ERiderOptions.digitalReference().withMixedReference(t).usesQTilde()).isTrue();
    assertThat(ERiderOptions.digitalReference().withTransferReference(t).usesQTilde()).isTrue();
  }

  @Test
  void pulseSignsAreMinusOneZeroOrOne() {
    for (AnalogArray a : new AnalogArray[] {ald(0, 0), pulsed(2)}) {
      assertThatThrownBy(() -> a.pulseAlternating(3, 0)).hasMessageContaining("firstSign");
      assertThatThrownBy(() -> a.pulseAlternating(3, 2)).hasMessageContaining("firstSign");
    }
    PulsedArray p = pulsed(2);
    assertThatThrownBy(() -> p.pulseOnce(new int[] {0, -2}))
        .hasMessageContaining("signs must be -1, 0 or +1, was -2 at element 1");
    assertThatThrownBy(() -> p.pulseOnce(new int[] {2, 0})).hasMessageContaining("was 2");
    assertThat(p.pulsesFired()).isZero();
    assertThatThrownBy(() -> PulsedArray.of(null, PulseScheme.deterministic(1), null))
        .hasMessageContaining("must not be null");
    assertThatThrownBy(() -> PulsedArray.of(p.devices(), null, null))
        .hasMessageContaining("must not be null");
  }

  /** N cyclic or stochastic ZS pulses on D = 3 elements: N x D pulses in N cycles, whatever came before. */
  @Test
  void zeroShiftingCountsItsOwnPulses() {
    for (AnalogArray a : new AnalogArray[] {ald(0.1, 0.2, 0.3), pulsed(3)}) {
      a.pulseOnce(new int[] {1, 1, 0});
      a.update(new double[] {0.05, 0, 0.02});
      for (ZeroShifting.Variant v : ZeroShifting.Variant.values()) {
        ZeroShifting.Result r = ZeroShifting.run(a, 7, v, RandomStreams.of(2).stream("zs"));
        assertThat(r.pulsesFired()).as("%s", v).isEqualTo(21);
        assertThat(r.pulseCycles()).as("%s", v).isEqualTo(7);
      }
    }
  }

  /**
   * A pulsed array reads, programs and counts through its devices: one up pulse on an ALD
   * (tau 2, sp 0.1) from 0 moves w by dw_min q+(0) = 0.01 (1 - (0 - 0.1)/2) = 0.0105.
   */
  @Test
  void pulsedArrayIsAViewOfItsDevices() {
    PulsedArray a = pulsed(2);
    assertThat(a.dwMin()).isEqualTo(0.01);
    a.pulseOnce(new int[] {1, 0});
    assertThat(a.read(0)).isCloseTo(0.0105, within(1e-17));
    assertThat(a.read(1)).isZero();
    assertThat(a.asymmetry(0)).isCloseTo((0.0105 - 0.1) / 2, within(1e-16));
    a.program(new double[] {0.25, -0.5});
    assertThat(a.read(0)).isCloseTo(0.25, within(1e-16));
    assertThat(a.read(1)).isCloseTo(-0.5, within(1e-16));
    assertThat(a.programmedElements()).isEqualTo(2);
    assertThat(a.devices().programCount()).isEqualTo(2);
    PulsedArray empty = pulsed(0);
    empty.pulseAlternating(5, 1);
    assertThat(empty.pulseCycles()).isZero();
    assertThat(empty.pulsesFired()).isZero();
  }

  /** G_i at the current weight: on an ALD, (w - sp)/tau. */
  @Test
  void asymmetryIsGAtTheCurrentWeight() {
    MeanFieldArray a = ald(0.5, -0.3);
    assertThat(a.asymmetry(0)).isCloseTo(0.2, within(1e-16));
    assertThat(a.asymmetry(1)).isCloseTo(-0.2, within(1e-16));
  }
}

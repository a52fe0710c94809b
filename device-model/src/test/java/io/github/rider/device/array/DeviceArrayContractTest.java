package io.github.rider.device.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.Parallelism;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.device.pulse.PulseScheme;
import io.github.rider.device.response.ExponentialResponse;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.rng.BlockNoise;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link DeviceArray}'s documented contract outside the pulse kernels: the factories' argument
 * domains at their exact ends, references r_i = referenceMean + referenceStd xi from the
 * REFERENCE stream, write noise drawn from the device's noise block whenever an element is
 * touched (pulsed, mean-field updated, or programmed with write noise on set), devices with a
 * non-affine response pulsed by their own q+-, and the pulse counts a caller gets back.
 */
class DeviceArrayContractTest {

  private static final ResponseFunction[] ONE_LINEAR = {new LinearResponse(1, 1, 1, 1)};

  private static DeviceArray of(double dwMin, double dwMinStd) {
    return DeviceArray.of(ONE_LINEAR, dwMin, dwMinStd, true, RandomStreams.of(1));
  }

  @Test
  void factoriesCheckTheirArgumentsAtTheExactEnds() {
    assertThat(of(Double.MIN_VALUE, 0).dwMin()).isEqualTo(Double.MIN_VALUE);
    assertThat(of(0.01, 0).dwMin()).isEqualTo(0.01);
    for (double bad : new double[] {0, -0.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> of(bad, 0)).hasMessageContaining("dwMin must be finite and > 0");
    }
    for (double bad : new double[] {-Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> of(0.01, bad)).hasMessageContaining("dwMinStd");
    }
    assertThatThrownBy(() -> DeviceArray.of(new ResponseFunction[] {ONE_LINEAR[0], null}, 0.01, 0,
        true, RandomStreams.of(1))).hasMessageContaining("responses[1] must not be null");

    SoftBoundsSpec s = SoftBoundsSpec.DEFAULTS;
    assertThat(DeviceArray.create(s, 3, 1, RandomStreams.of(1)).blockSize()).isEqualTo(1);
    assertThatThrownBy(() -> DeviceArray.create(s, 3, 0, RandomStreams.of(1)))
        .hasMessageContaining("blockSize must be >= 1");
    assertThatThrownBy(() -> DeviceArray.create(s, 3, 1, RandomStreams.of(1), null))
        .hasMessageContaining("parallelism");
    Parallelism two = Parallelism.ofThreads(2);
    assertThat(DeviceArray.create(s, 3, 1, RandomStreams.of(1), two).parallelism()).isSameAs(two);
    assertThat(DeviceArray.create(s, 3, RandomStreams.of(1)).dwMin()).isEqualTo(s.dwMin());
  }

  @Test
  void arrayArgumentsMustHaveOneEntryPerDevice() {
    DeviceArray a = DeviceArray.create(SoftBoundsSpec.DEFAULTS, 3, RandomStreams.of(1));
    assertThatThrownBy(() -> a.applyMeanField(new double[2], MeanFieldUpdate.NOISE_FREE))
        .hasMessageContaining("dW must have length 3");
    assertThatThrownBy(() -> a.program(new double[4])).hasMessageContaining("w must have length 3");
    assertThatThrownBy(() -> a.read(new double[2])).hasMessageContaining("out must have length 3");
  }

  /** r_i = referenceMean + referenceStd xi_i, xi_i the i-th normal of the REFERENCE stream. */
  @Test
  void referencesAreTheMeanPlusTheSpreadTimesTheReferenceStream() {
    SoftBoundsSpec s = new SoftBoundsSpec(PulsedParams.NOISE_FREE.withReferenceMean(0.05)
        .withReferenceStd(0.1), Bounds.fixed(-1, 1));
    DeviceArray a = DeviceArray.create(s, 5, RandomStreams.of(9));
    RandomGenerator xi = RandomStreams.of(9).stream(RandomStreams.REFERENCE);
    for (int i = 0; i < 5; i++) {
      assertThat(a.reference(i)).isCloseTo(0.05 + 0.1 * xi.nextGaussian(), within(1e-16));
    }
  }

  /**
   * Write noise std 2 dw_min, blocks of 2 devices: a mean-field update touches devices 0 and 2,
   * whose visible weights get the first normal of block 0 and of block 1 of the WRITE_NOISE
   * streams; device 1 (dW = 0) keeps its visible weight.
   */
  @Test
  void meanFieldUpdatesDrawWriteNoiseFromTheDevicesBlock() {
    double dwMin = 0.01;
    SoftBoundsSpec s = new SoftBoundsSpec(PulsedParams.NOISE_FREE.withDwMin(dwMin)
        .withWriteNoiseStd(2), Bounds.fixed(-1, 1));
    DeviceArray a = DeviceArray.create(s, 3, 2, RandomStreams.of(5));
    a.applyMeanField(new double[] {0.01, 0, 0.02}, MeanFieldUpdate.NOISE_FREE);
    BlockNoise write = BlockNoise.of(RandomStreams.of(5), RandomStreams.WRITE_NOISE, 2);
    assertThat(a.read(0) - a.persistent(0)).isCloseTo(2 * dwMin * write.gaussian(0),
        within(1e-15));
    assertThat(a.read(1)).isEqualTo(a.persistent(1));
    assertThat(a.read(2) - a.persistent(2)).isCloseTo(2 * dwMin * write.gaussian(1),
        within(1e-15));
    assertThat(a.persistent(0)).isCloseTo(0.01, within(1e-15));
  }

  /** Without write noise on set, programming makes the visible weight the programmed one. */
  @Test
  void programmingWithoutWriteNoiseOnSetShowsTheProgrammedWeight() {
    SoftBoundsSpec s = new SoftBoundsSpec(PulsedParams.NOISE_FREE.withWriteNoiseStd(5),
        Bounds.fixed(-1, 1));
    DeviceArray a = DeviceArray.create(s, 1, RandomStreams.of(2));
    a.program(0, 0.2);
    assertThat(a.read(0)).isNotEqualTo(a.persistent(0));
    a.setWriteNoiseOnSet(false);
    a.program(0, 0.3);
    assertThat(a.read(0)).isEqualTo(a.persistent(0)).isCloseTo(0.3, within(1e-15));
    assertThat(a.programCount()).isEqualTo(2);
  }

  /**
   * A non-affine response (exponential, App. F) is pulsed by its own q+-: g + dw_min q+(g) up,
   * g - dw_min q-(g) down (no noise), and its mean-field update is eq. (2) on the same q+-.
   */
  @Test
  void nonAffineDevicesArePulsedByTheirOwnSteps() {
    ExponentialResponse q = ExponentialResponse.of(0.8, 2);
    double dwMin = 0.01;
    DeviceArray a = DeviceArray.of(new ResponseFunction[] {q}, dwMin, 0, true,
        RandomStreams.of(3));
    a.pulse(0, 1);
    double g1 = dwMin * q.qPlus(0);
    assertThat(a.read(0)).isCloseTo(g1, within(1e-16));
    a.pulse(0, -1);
    double g2 = g1 - dwMin * q.qMinus(g1);
    assertThat(a.read(0)).isCloseTo(g2, within(1e-16));
    a.applyMeanField(new double[] {-0.05}, MeanFieldUpdate.NOISE_FREE);
    assertThat(a.read(0)).isCloseTo(MeanFieldUpdate.NOISE_FREE.apply(q, g2, -0.05, dwMin, null),
        within(1e-16));
  }

  /** applyIncrements returns the pulses of that call, |counts| summed, call after call. */
  @Test
  void applyIncrementsReturnsThePulsesOfTheCall() {
    DeviceArray a = DeviceArray.create(new SoftBoundsSpec(PulsedParams.NOISE_FREE,
        Bounds.fixed(-1, 1)), 3, RandomStreams.of(1));
    double[] dW = {0.0104, -0.0026, 0};
    PulseScheme det = PulseScheme.deterministic(31);
    assertThat(a.applyIncrements(dW, det, null, new int[3])).isEqualTo(13);
    assertThat(a.applyIncrements(dW, det, null, new int[3])).isEqualTo(13);
    assertThat(a.pulseCount()).isEqualTo(26);
  }

  /**
   * applyPulsesInBlock refuses, before pulsing anything, a device outside noise block b
   * (blocks of 2 over 5 devices: {0, 1}, {2, 3}, {4}); inside it returns the pulses fired.
   */
  @Test
  void blockPulsesRefuseDevicesOutsideTheBlock() {
    DeviceArray a = DeviceArray.create(SoftBoundsSpec.DEFAULTS, 5, 2, RandomStreams.of(1));
    double[] xi = new double[4];
    int[] one = {3};
    assertThatThrownBy(() -> a.applyPulsesInBlock(1, new int[] {2, 1}, 0, new int[] {3, 3}, 2, xi))
        .hasMessageContaining("device 1 is not in noise block 1");
    assertThatThrownBy(() -> a.applyPulsesInBlock(1, new int[] {2, 4}, 0, new int[] {3, 3}, 2, xi))
        .hasMessageContaining("device 4 is not in noise block 1");
    assertThatThrownBy(() -> a.applyPulsesInBlock(2, new int[] {5}, 0, one, 1, xi))
        .hasMessageContaining("device 5 is not in noise block 2");
    assertThat(a.read(2)).isZero();
    assertThat(a.applyPulsesInBlock(1, new int[] {9, 2, 3}, 1, new int[] {4, -2}, 2, xi))
        .isEqualTo(6);
    assertThat(a.applyPulsesInBlock(2, new int[] {4}, 0, one, 1, xi)).isEqualTo(3);
    assertThat(a.read(2)).isPositive();
    assertThat(a.read(3)).isNegative();
    assertThat(a.pulseCount()).isZero();
  }
}

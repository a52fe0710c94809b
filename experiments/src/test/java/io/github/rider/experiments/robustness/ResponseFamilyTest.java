package io.github.rider.experiments.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceParameters;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.experiments.mnist.MnistRun;
import io.github.rider.experiments.robustness.RobustnessSweep.FamilyPoint;
import io.github.rider.experiments.sweep.Scale;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The response families of the family axis, built on the HfO2 preset with a reference offset. */
class ResponseFamilyTest {

  private static final DeviceSpec PRESET =
      MnistRun.presetWithReference("reram-array-hfo2", 0.4, 0.4);

  /** Devices drawn per family point for the symmetric-point check. */
  private static final int DEVICES = 2000;

  private static List<FamilyPoint> everyDefaultPoint() {
    List<FamilyPoint> all = new java.util.ArrayList<>(
        FamilyPoint.defaults(List.of(ResponseFamily.values()), Scale.QUICK));
    FamilyPoint.defaults(List.of(ResponseFamily.values()), Scale.FULL).stream()
        .filter(p -> !all.contains(p)).forEach(all::add);
    return all;
  }

  @Test
  void everyFamilyKeepsThePresetsStepAtZeroBoundsReferenceAndVariation() {
    for (FamilyPoint p : everyDefaultPoint()) {
      DeviceSpec d = p.family().device(PRESET, p.gamma());
      assertThat(d.family()).as(p.describe()).isEqualTo(p.family().label());
      assertThat(d.granularity()).as(p.describe())
          .isCloseTo(PRESET.dwMin(), within(1e-12 * PRESET.dwMin()));
      assertThat(d.bounds()).isEqualTo(PRESET.bounds());
      assertThat(d.pulsed().withDwMin(PRESET.dwMin())).isEqualTo(PRESET.pulsed());
      assertThat(d.nominalResponse().symmetricPoint()).as(p.describe())
          .isCloseTo(0, within(1e-9));
    }
  }

  @Test
  void everyDrawnDevicesSymmetricPointLiesWithinItsOwnBounds() {
    for (FamilyPoint p : everyDefaultPoint()) {
      DeviceSpec d = p.family().device(PRESET, p.gamma());
      RandomGenerator xi = RandomStreams.of(7).stream(RandomStreams.DEVICE_TO_DEVICE);
      DeviceParameters params = DeviceParameters.draw(d, DEVICES, xi::nextGaussian);
      for (int i = 0; i < DEVICES; i++) {
        double sp = d.response(params, i).symmetricPoint();
        assertThat(sp).as(p.describe() + ", device " + i)
            .isBetween(params.bMin(i), params.bMax(i));
      }
    }
  }

  @Test
  void theNominalSoftBoundsDeviceIsEveryFamilysCommonPoint() {
    ResponseFunction soft = PRESET.nominalResponse();
    ResponseFunction linear = ResponseFamily.LINEAR_STEP.device(PRESET, 1).nominalResponse();
    ResponseFunction pow = ResponseFamily.POW_STEP.device(PRESET, 1).nominalResponse();
    ResponseFunction exp = ResponseFamily.EXP_STEP.device(PRESET, 1e-6).nominalResponse();
    for (double w = -0.95; w < 1; w += 0.1) {
      // in units of the step at w = 0, the device's dw_min (the granularity, equal in all four)
      assertThat(linear.qPlus(w)).isCloseTo(soft.qPlus(w), within(1e-12));
      assertThat(linear.qMinus(w)).isCloseTo(soft.qMinus(w), within(1e-12));
      assertThat(pow.qPlus(w) * 2).isCloseTo(soft.qPlus(w), within(1e-12));
      assertThat(pow.qMinus(w) * 2).isCloseTo(soft.qMinus(w), within(1e-12));
      double expScale = 1 / exp.qPlus(0);
      assertThat(exp.qPlus(w) * expScale).isCloseTo(soft.qPlus(w), within(1e-5));
      assertThat(exp.qMinus(w) * expScale).isCloseTo(soft.qMinus(w), within(1e-5));
    }
  }

  @Test
  void shapesOutsideAFamilysRangeAreRefused() {
    assertThatThrownBy(() -> new FamilyPoint(ResponseFamily.LINEAR_STEP, 1.5))
        .hasMessageContaining("linear-step").hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> new FamilyPoint(ResponseFamily.EXP_STEP, 0))
        .hasMessageContaining("> 0");
    assertThatThrownBy(() -> new FamilyPoint(ResponseFamily.SOFT_BOUNDS, 2))
        .hasMessageContaining("no shape parameter");
    assertThatThrownBy(() -> ResponseFamily.of("ald")).hasMessageContaining("pow-step");
  }
}

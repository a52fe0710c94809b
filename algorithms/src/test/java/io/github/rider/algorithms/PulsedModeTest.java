package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The algorithms run unchanged on pulsed arrays (factory mode {@code pulsed}: device-model
 * DeviceArray, stochastic rounding, BL = 31). Setup A at dw_min = 1e-3: E-RIDER meets the same
 * tracking predicate as in the mean-field test and residual learning stalls; RIDER equals
 * E-RIDER with p = 0 bit for bit on pulsed arrays too. Deterministic (fixed seeds); observed
 * margins as in {@link SetupAERiderTracksSymmetricPointTest} (the pulsed and mean-field runs
 * differ by about 0.01 in ||W - W*||^2 at this dw_min).
 */
class PulsedModeTest {

  @Test
  void eriderTracksAndResidualLearningStallsOnPulsedArrays() {
    for (long seed = 1; seed <= 2; seed++) {
      SyntheticRunSpec spec = SyntheticRunSpec.setupA("erider", seed).withMode("pulsed");
      TrainingResult erider = SyntheticRunFactory.run(spec);
      TrainingResult residual = SyntheticRunFactory.run(spec.withAlgorithm("residual"));
      assertThat(SetupAERiderTracksSymmetricPointTest.tracks(erider))
          .as("seed %d: %s", seed, erider.finalMetrics()).isTrue();
      assertThat(residual.finalMetrics().distSq())
          .isGreaterThan(SetupAERiderTracksSymmetricPointTest.STALLED_DIST);
      // pulses really fired: per element, per iteration, on P and W
      assertThat(erider.pulses().training()).isGreaterThan(spec.iters());
      assertThat(erider.pulses().trainingCycles())
          .isLessThanOrEqualTo(2 * spec.iters() * SyntheticRunFactory.BIT_LENGTH);
      assertThat(erider.pulses().programming()).isPositive();
    }
  }

  @Test
  void twoStageCalibratesWithDevicePulses() {
    SyntheticRunSpec spec = SyntheticRunSpec.setupA("two-stage", 1).withMode("pulsed")
        .withZsPulses(300).withIters(10);
    TrainingResult r = SyntheticRunFactory.run(spec);
    assertThat(r.pulses().calibration()).isEqualTo(300L * spec.dim());
    assertThat(r.pulses().calibrationCycles()).isEqualTo(300);
  }

  @Test
  void riderEqualsERiderWithoutChoppingOnPulsedArrays() {
    SyntheticRunSpec spec = SyntheticRunSpec.setupA("rider", 4).withMode("pulsed")
        .withIters(3000).withChopProb(0);
    TrainingResult rider = Runs.rider(spec, r -> {});
    TrainingResult erider = Runs.erider(spec, ERiderOptions.digitalReference(), e -> {});
    assertThat(erider.finalW()).isEqualTo(rider.finalW());
    assertThat(erider.history()).isEqualTo(rider.history());
    assertThat(erider.pulses()).isEqualTo(rider.pulses());
  }
}

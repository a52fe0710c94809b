package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The paper: "RIDER is E-RIDER with p = 0". With p = 0 the chopper never flips (c_k = 1), no
 * Q-tilde programming happens, and with the digital references E-RIDER's trajectory is RIDER's
 * bit for bit (same seed: same gradient samples and discretisation noise).
 */
class RiderEqualsERiderWithoutChoppingTest {

  @Test
  void trajectoriesAreBitIdentical() {
    for (long seed = 1; seed <= 3; seed++) {
      // discretisation noise on, so that the noise streams are exercised as well
      SyntheticRunSpec spec = SyntheticRunSpec.setupA("rider", seed).withIters(5000)
          .withDwMin(1e-3, true).withChopProb(0).withStride(1);
      TrainingResult rider = Runs.rider(spec, r -> {});
      TrainingResult erider = Runs.erider(spec, ERiderOptions.digitalReference(), e -> {});
      assertThat(erider.finalW()).isEqualTo(rider.finalW());
      assertThat(erider.finalQ()).isEqualTo(rider.finalQ());
      assertThat(erider.history()).isEqualTo(rider.history());
      assertThat(erider.pulses()).isEqualTo(rider.pulses());
      assertThat(erider.pulses().programming()).isZero();
    }
  }

  /** The check is not vacuous: with p &gt; 0 the trajectories differ. */
  @Test
  void withChoppingTheTrajectoriesDiffer() {
    SyntheticRunSpec spec = SyntheticRunSpec.setupA("rider", 1).withIters(5000);
    TrainingResult rider = Runs.rider(spec, r -> {});
    TrainingResult erider = Runs.erider(spec, ERiderOptions.digitalReference(), e -> {});
    assertThat(erider.finalW()).isNotEqualTo(rider.finalW());
  }
}

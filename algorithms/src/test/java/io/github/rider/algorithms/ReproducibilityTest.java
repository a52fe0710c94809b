package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Same seed and parameters, same result bit for bit, for every algorithm of the factory. */
class ReproducibilityTest {

  @Test
  void sameSeedSameResultDifferentSeedDifferentResult() {
    for (String alg : SyntheticRunSpec.ALGORITHMS) {
      SyntheticRunSpec spec = SyntheticRunSpec.setupA(alg, 42).withIters(3000)
          .withDwMin(1e-3, true).withZsPulses(200);
      TrainingResult a = SyntheticRunFactory.run(spec);
      TrainingResult b = SyntheticRunFactory.run(spec);
      TrainingResult c = SyntheticRunFactory.run(spec.withSeed(43));
      assertThat(b.finalW()).as(alg).isEqualTo(a.finalW());
      assertThat(b.history()).as(alg).isEqualTo(a.history());
      assertThat(b.pulses()).as(alg).isEqualTo(a.pulses());
      assertThat(b.parameters()).as(alg).isEqualTo(a.parameters());
      assertThat(b.seed()).isEqualTo(42);
      assertThat(c.finalW()).as(alg).isNotEqualTo(a.finalW());
    }
  }
}

package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Metrics, E_K, history stride and pulse/programming accounting of a run. */
class RunAccountingTest {

  private static SyntheticRunSpec small(String alg) {
    return SyntheticRunSpec.setupA(alg, 7).withIters(1000);
  }

  @Test
  void eKIsTheRunningMeanOfTheUnitWeightedMetricOverEveryIterate() {
    for (String alg : List.of("erider", "analog-sgd")) {
      TrainingAlgorithm a = SyntheticRunFactory.create(small(alg));
      TrainingResult r = a.run(new RunSettings(1000, 1, 31));
      assertThat(r.history()).hasSize(1001);
      double sum = 0;
      for (int k = 0; k < 1000; k++) {
        Metrics m = r.history().get(k);
        assertThat(m.iteration()).isEqualTo(k);
        if (k > 0) {
          assertThat(m.eK()).isCloseTo(sum / k, org.assertj.core.data.Offset.offset(1e-12));
        }
        sum += m.distSq() + (Double.isNaN(m.pMinusQSq()) ? 0 : m.pMinusQSq() + m.gpSq());
      }
      assertThat(r.finalMetrics().eK())
          .isCloseTo(sum / 1000, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(r.finalMetrics()).isEqualTo(r.history().get(1000));
    }
  }

  @Test
  void historyKeepsTheStrideAndTheLastIterate() {
    TrainingResult r = SyntheticRunFactory.create(small("rider")).run(RunSettings.of(1000, 300));
    assertThat(r.history()).extracting(Metrics::iteration).containsExactly(0L, 300L, 600L, 900L,
        1000L);
    assertThat(r.iterations()).isEqualTo(1000);
    assertThat(r.diverged()).isFalse();
  }

  @Test
  void singleArrayAlgorithmsReportNoResidualMetrics() {
    TrainingResult r = SyntheticRunFactory.run(small("analog-sgd"));
    assertThat(r.finalMetrics().pMinusQSq()).isNaN();
    assertThat(r.finalQ()).isNull();
    assertThat(r.pulses().trainingNominal()).isEqualTo(1000L * SyntheticRunFactory.BIT_LENGTH);
    TrainingResult d = SyntheticRunFactory.run(small("digital-sgd"));
    assertThat(d.pulses()).isEqualTo(new PulseCounts(0, 0, 0, 0, 0, 0));
  }

  /**
   * E-RIDER programs Q-tilde (D element writes) exactly at each chopper flip; flips over K - 1
   * draws are Binomial(K - 1, p): with K = 20 000, p = 0.05 the count is within 5 standard
   * deviations (5 x 30.8) of 1000 except with probability below 1e-6.
   */
  @Test
  void eriderProgramsQTildeOncePerChopperFlip() {
    SyntheticRunSpec spec = SyntheticRunSpec.setupA("erider", 3).withIters(20_000);
    ERider e = (ERider) SyntheticRunFactory.create(spec);
    TrainingResult r = e.run(RunSettings.of(spec.iters(), spec.stride()));
    assertThat(r.pulses().programming()).isEqualTo(10 * e.flips());
    double mean = 19_999 * 0.05;
    assertThat((double) e.flips()).isBetween(mean - 5 * Math.sqrt(mean * 0.95),
        mean + 5 * Math.sqrt(mean * 0.95));
  }

  @Test
  void aDivergingRunIsReportedNotSilent() {
    // digital SGD with alpha far beyond 2/L on least squares diverges
    SyntheticRunSpec spec = small("digital-sgd").withSteps(500, 0, 0, 0);
    TrainingResult r = SyntheticRunFactory.run(spec);
    assertThat(r.diverged()).isTrue();
    assertThat(r.iterations()).isLessThan(1000);
  }

  @Test
  void aRunCannotBeRepeated() {
    TrainingAlgorithm a = SyntheticRunFactory.create(small("rider"));
    a.run(RunSettings.of(10, 1));
    assertThatThrownBy(() -> a.run(RunSettings.of(10, 1)))
        .isInstanceOf(IllegalStateException.class);
  }
}

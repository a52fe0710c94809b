package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The factory builds every algorithm on every problem and rejects bad plain parameters. */
class SyntheticRunFactoryTest {

  @Test
  void everyAlgorithmRunsOnEveryProblem() {
    for (String problem : SyntheticRunSpec.PROBLEMS) {
      for (String alg : SyntheticRunSpec.ALGORITHMS) {
        SyntheticRunSpec spec = new SyntheticRunSpec(alg, problem, 4, "ald", "ald", "mean-field",
            0.1, 0.05, 1, 1e-3, true, 300, 100, 50, 0.05, 0.005, 0.01, 0.5, 0.05, 0.1, 5);
        TrainingResult r = SyntheticRunFactory.run(spec);
        assertThat(r.algorithm()).isEqualTo(alg);
        assertThat(r.objective()).isEqualTo(problem);
        assertThat(r.iterations()).isEqualTo(300);
        assertThat(r.finalMetrics().distSq()).isFinite();
        assertThat(r.finalMetrics().f()).isFinite();
        assertThat(r.parameters()).containsKeys("lr", "iters");
      }
    }
  }

  @Test
  void badNamesAndValuesAreRejectedWithTheParameterName() {
    SyntheticRunSpec ok = SyntheticRunSpec.setupA("erider", 1);
    assertThatThrownBy(() -> ok.withAlgorithm("sgd")).hasMessageContaining("algorithm")
        .hasMessageContaining("erider");
    assertThatThrownBy(() -> ok.withMode("quantum")).hasMessageContaining("mode");
    assertThatThrownBy(() -> ok.withSteps(0, 0.1, 0.1, 0.1)).hasMessageContaining("alpha");
    assertThatThrownBy(() -> ok.withSteps(0.1, 0.1, 1.5, 0.1)).hasMessageContaining("eta");
    assertThatThrownBy(() -> ok.withChopProb(Double.NaN)).hasMessageContaining("chopProb");
    assertThatThrownBy(() -> ok.withDwMin(-1, false)).hasMessageContaining("dwMin");
    assertThatThrownBy(() -> SyntheticRunFactory.responses("memristor", new double[1], 1))
        .hasMessageContaining("memristor");
  }
}

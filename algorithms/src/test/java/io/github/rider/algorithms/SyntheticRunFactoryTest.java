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
  void everyDeviceFamilyRunsInBothModesWithItsSymmetricPointPlanted() {
    for (String family : SyntheticRunFactory.DEVICE_FAMILIES) {
      double[] sp = {0.1, -0.2};
      var responses = SyntheticRunFactory.responses(family, sp, 1.0);
      for (int i = 0; i < sp.length; i++) {
        assertThat(responses[i].symmetricPoint()).as(family)
            .isCloseTo(sp[i], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(responses[i].g(sp[i])).as(family)
            .isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
      }
      for (String mode : SyntheticRunSpec.MODES) {
        SyntheticRunSpec spec = new SyntheticRunSpec("erider", "least-squares", 3, family, family,
            mode, 0.1, 0.05, 1, 1e-3, true, 200, 100, 0, 0.05, 0.005, 0.01, 0.5, 0.05, 0.1, 5);
        TrainingResult r = SyntheticRunFactory.run(spec);
        assertThat(r.finalMetrics().distSq()).as("%s %s", family, mode).isFinite();
        assertThat(r.pulses().training()).as("%s %s", family, mode).isPositive();
      }
    }
  }

  @Test
  void aGivenObjectiveReplacesTheSpecsProblemAndTheDefaultQuadraticIsUnchanged() {
    SyntheticRunSpec spec = SyntheticRunSpec.setupA("rider", 3).withIters(500).withStride(100);
    SyntheticRunSpec quad = new SyntheticRunSpec("rider", "quadratic", 4, "ald", "ald",
        "mean-field", 0.1, 0.05, 1, 1e-3, true, 300, 100, 0, 0.05, 0.005, 0.01, 0.5, 0.05, 0.1, 5);
    // the problem "quadratic" is mu = 1, kappa = 10, bit for bit
    assertThat(SyntheticRunFactory.run(quad, SyntheticRunFactory.quadratic(quad, 1, 10))
        .history()).isEqualTo(SyntheticRunFactory.run(quad).history());
    assertThat(SyntheticRunFactory.run(spec, SyntheticRunFactory.objective(spec)).history())
        .isEqualTo(SyntheticRunFactory.run(spec).history());
    // a stronger curvature is another problem: same W*, larger mu and L
    var strong = SyntheticRunFactory.quadratic(quad, 50, 1);
    assertThat(strong.optimum()).containsExactly(SyntheticRunFactory.objective(quad).optimum());
    assertThat(strong.constants().strongConvexity()).isEqualTo(50);
    assertThat(strong.constants().smoothness()).isEqualTo(50);
    assertThatThrownBy(() -> SyntheticRunFactory.run(spec, strong))
        .hasMessageContaining("dimension");
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

package io.github.rider.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VectorAlgorithmTest {

  @Test
  void everyNameRoundTripsAndIsAccepted() {
    for (VectorAlgorithm a : VectorAlgorithm.values()) {
      assertThat(VectorAlgorithm.of(a.cliName())).isSameAs(a);
      assertThat(SyntheticRunSpec.ALGORITHMS).contains(a.cliName());
    }
    assertThat(SyntheticRunSpec.ALGORITHMS).hasSize(VectorAlgorithm.values().length);
  }

  @Test
  void eachTrainerReportsItsOwnName() {
    for (VectorAlgorithm a : VectorAlgorithm.values()) {
      TrainingAlgorithm trainer =
          SyntheticRunFactory.create(SyntheticRunSpec.setupA(a.cliName(), 1));
      assertThat(trainer.name()).isEqualTo(a.cliName());
    }
  }

  @Test
  void unknownNameIsRefusedWithTheList() {
    assertThatThrownBy(() -> VectorAlgorithm.of("eriderr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("erider")
        .hasMessageContaining("two-stage");
  }
}

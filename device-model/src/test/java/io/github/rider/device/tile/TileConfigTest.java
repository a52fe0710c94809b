package io.github.rider.device.tile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.Parallelism;
import org.junit.jupiter.api.Test;

class TileConfigTest {

  @Test
  void configurationsThatDifferOnlyInTheirThreadsAreEqual() {
    TileConfig two = TileConfig.PAPER.withParallelism(Parallelism.ofThreads(2));
    TileConfig otherTwo = TileConfig.PAPER.withParallelism(Parallelism.ofThreads(2));
    assertThat(two).isEqualTo(TileConfig.PAPER).isEqualTo(otherTwo)
        .hasSameHashCodeAs(TileConfig.PAPER);
    assertThat(two.parallelism().threads()).isEqualTo(2);
  }

  @Test
  void configurationsWithAnotherPeripheryDiffer() {
    assertThat(TileConfig.PAPER).isNotEqualTo(TileConfig.PERFECT_IO)
        .isNotEqualTo(TileConfig.PAPER.withIo(IoParameters.PRESET))
        .isNotEqualTo(new TileConfig(IoParameters.PAPER_TABLE6, IoParameters.PERFECT,
            UpdateParameters.DEFAULTS))
        .isNotEqualTo(new TileConfig(IoParameters.PERFECT, IoParameters.PAPER_TABLE6,
            UpdateParameters.DEFAULTS))
        .isNotEqualTo(TileConfig.PAPER.withUpdate(UpdateParameters.DEFAULTS.withDesiredBl(7)))
        .isNotEqualTo(TileConfig.PRESET)
        .isNotEqualTo("PAPER");
  }
}

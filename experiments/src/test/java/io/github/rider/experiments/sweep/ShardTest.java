package io.github.rider.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShardTest {

  @Test
  void everyPositionBelongsToExactlyOneShard() {
    for (int n = 1; n <= 6; n++) {
      for (int p = 0; p < 50; p++) {
        int owners = 0;
        for (int i = 1; i <= n; i++) {
          owners += new Shard(i, n).owns(p) ? 1 : 0;
        }
        assertThat(owners).as("position %d of %d shards", p, n).isEqualTo(1);
      }
    }
  }

  @Test
  void parsesAndRejectsWithTheExpectedForm() {
    assertThat(Shard.parse("2/8")).isEqualTo(new Shard(2, 8));
    assertThat(Shard.parse("2/8").toString()).isEqualTo("2/8");
    assertThatThrownBy(() -> Shard.parse("3/2")).hasMessageContaining("[1, 2]");
    assertThatThrownBy(() -> Shard.parse("0/2")).hasMessageContaining("index");
    assertThatThrownBy(() -> Shard.parse("two")).hasMessageContaining("i/n");
  }
}

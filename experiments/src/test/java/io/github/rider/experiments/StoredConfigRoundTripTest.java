package io.github.rider.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import org.junit.jupiter.api.Test;

/**
 * {@code rider merge} rebuilds each runner from the configuration stored in its sweep.json: for
 * every runner at both scales, the configuration read back from its JSON equals the original.
 */
class StoredConfigRoundTripTest {

  @Test
  void everyRunnerIsRebuiltFromItsStoredConfiguration() {
    for (Scale scale : Scale.values()) {
      for (String name : Experiments.implemented()) {
        Experiment<?> e = Experiments.create(name, scale);
        Experiment<?> back = Experiments.fromConfig(name, JsonFiles.normalised(
            JsonFiles.tree(e.config())));
        assertThat(back.config()).as(name + " " + scale).isEqualTo(e.config());
      }
    }
  }
}

package io.github.rider.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.experiments.mnist.ReferenceGridExperiment.GridCell;
import io.github.rider.experiments.rates.RatesRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cell's typed parameters are stored as a JSON object with sorted keys, numbers as numbers, an
 * algorithm by its command-line name and a part by its {@code getPart()}: the format of cell
 * files written before the parameters were typed, so that such runs resume and merge.
 */
class StoredCellParamsTest {

  private static String params(Object p) {
    return SweepRunner.cellRecord(new Cell<>("x", p), List.of(), 0, 0).get("params").toString();
  }

  @Test
  void parametersAreWrittenAsBeforeTheyWereTyped() {
    assertThat(params(new GridCell(Algorithm.ERIDER, 0.4, 0.0, 1)))
        .isEqualTo("{\"algorithm\":\"erider\",\"refMean\":0.4,\"refStd\":0.0,\"replicate\":1}");
    assertThat(params(new RatesRunner.Cost("two-stage", 4000L)))
        .isEqualTo("{\"algorithm\":\"two-stage\",\"part\":\"cost\",\"zsPulses\":4000}");
    assertThat(params(new RatesRunner.Theory())).isEqualTo("{\"part\":\"theory\"}");
    assertThat(params(new RatesRunner.Floor(0.0))).isEqualTo("{\"dwMin\":0.0,\"part\":\"floor\"}");
  }
}

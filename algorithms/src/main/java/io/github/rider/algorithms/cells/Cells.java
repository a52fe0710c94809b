package io.github.rider.algorithms.cells;

import io.github.rider.algorithms.nn.DigitalMatrix;
import io.github.rider.algorithms.nn.TrainableMatrix;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;

/** Builds the training cell of an {@link Algorithm}. */
public final class Cells {

  private Cells() {}

  /**
   * A rows x cols cell of {@code algorithm} on devices {@code device} (ignored for digital) with
   * hyperparameters {@code hp} (e.g. {@link CellHyperparameters#fcn}); give each layer its own
   * {@code streams} (e.g. {@code root.child("layer", k)}).
   */
  public static TrainableMatrix create(Algorithm algorithm, int rows, int cols, DeviceSpec device,
      CellHyperparameters hp, RandomStreams streams) {
    return switch (algorithm) {
      case DIGITAL -> new DigitalMatrix(rows, cols);
      case ANALOG_SGD -> new AnalogSgdCell(rows, cols, device, hp.tile(), streams);
      case TTV1 -> new TtV1Cell(rows, cols, device, hp, streams);
      case TTV2 -> new TtV2Cell(rows, cols, device, hp, streams);
      case CTTV2 -> new ChoppedTtV2Cell(rows, cols, device, hp, streams);
      case AGAD -> new AgadCell(rows, cols, device, hp, streams);
      case ERIDER -> new ERiderCell(rows, cols, device, hp, streams, true);
      case RIDER -> new ERiderCell(rows, cols, device, hp, streams, false);
    };
  }
}

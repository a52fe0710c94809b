package io.github.rider.algorithms.cells;

import io.github.rider.algorithms.nn.DigitalMatrix;
import io.github.rider.algorithms.nn.TrainableMatrix;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import java.util.List;
import java.util.Locale;

/** Builds a training cell by algorithm name (the {@code --algorithm} values of the CLI). */
public final class Cells {

  /** Accepted names: digital, analog-sgd, ttv1, ttv2, cttv2, agad, rider, erider. */
  public static final List<String> ALGORITHMS =
      List.of("digital", "analog-sgd", "ttv1", "ttv2", "cttv2", "agad", "rider", "erider");

  private Cells() {}

  /** Lower case without '-', '_' or spaces ("TT-v2" = "ttv2", "c-TTv2" = "cttv2"). */
  static String normalise(String algorithm) {
    if (algorithm == null) {
      throw new IllegalArgumentException("algorithm must not be null; known: " + ALGORITHMS);
    }
    return algorithm.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
  }

  /**
   * A rows x cols cell of {@code algorithm} on devices {@code device} (ignored for digital) with
   * hyperparameters {@code hp} (e.g. {@link CellHyperparameters#fcn}); give each layer its own
   * {@code streams} (e.g. {@code root.child("layer", k)}).
   */
  public static TrainableMatrix create(String algorithm, int rows, int cols, DeviceSpec device,
      CellHyperparameters hp, RandomStreams streams) {
    return switch (normalise(algorithm)) {
      case "digital" -> new DigitalMatrix(rows, cols);
      case "analogsgd" -> new AnalogSgdCell(rows, cols, device, hp.tile(), streams);
      case "ttv1" -> new TtV1Cell(rows, cols, device, hp, streams);
      case "ttv2" -> new TtV2Cell(rows, cols, device, hp, streams);
      case "cttv2" -> new ChoppedTtV2Cell(rows, cols, device, hp, streams);
      case "agad" -> new AgadCell(rows, cols, device, hp, streams);
      case "erider" -> new ERiderCell(rows, cols, device, hp, streams, true);
      case "rider" -> new ERiderCell(rows, cols, device, hp, streams, false);
      default -> throw new IllegalArgumentException(
          "unknown algorithm '" + algorithm + "'; known: " + String.join(", ", ALGORITHMS));
    };
  }
}

package io.github.rider.experiments.mnist;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.algorithms.cells.CellHyperparameters;
import io.github.rider.algorithms.nn.Mapping;
import io.github.rider.algorithms.nn.MatrixFactory;
import io.github.rider.algorithms.nn.Models;
import io.github.rider.algorithms.nn.Network;
import io.github.rider.device.rng.RandomStreams;
import java.util.Arrays;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The paper's two MNIST models (arXiv 2602.21321, experimental setup) with what differs between
 * them: the network ({@link Models#fcn}, {@link Models#lenet5}), the mini-batch size (FCN 10,
 * LeNet-5 8), the cells' hyperparameter defaults (Table 5 {@link CellHyperparameters#fcn}, Table 3
 * {@link CellHyperparameters#lenet5}) and the default global learning rate.
 */
public enum MnistModel {
  /** FCN 784-256-128-10, sigmoid, batch 10 (Table 2, hyperparameters Table 5). */
  FCN("fcn", "FCN", 10),
  /** LeNet-5, conv 16 / 32 5x5, max-pool, FC 512-128-10, tanh, batch 8 (Table 1, Table 3). */
  LENET5("lenet5", "LeNet-5", 8);

  private final String label;
  private final String title;
  private final int batch;

  MnistModel(String label, String title, int batch) {
    this.label = label;
    this.title = title;
    this.batch = batch;
  }

  /** The paper's name of the model, "FCN" or "LeNet-5". */
  public String title() {
    return title;
  }

  /** The command-line name: "fcn" or "lenet5". */
  public String label() {
    return label;
  }

  /** The paper's mini-batch size of this model. */
  public int batch() {
    return batch;
  }

  /** The model named {@code label} ("fcn" or "lenet5", any case). */
  public static MnistModel of(String label) {
    String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.label.equals(l)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("model must be one of fcn, lenet5, was '"
            + label + "'"));
  }

  /** The paper's defaults of {@code algorithm}'s cells for this model (Table 5 / Table 3). */
  public CellHyperparameters hyperparameters(Algorithm algorithm) {
    return this == FCN ? CellHyperparameters.fcn(algorithm)
        : CellHyperparameters.lenet5(algorithm);
  }

  /** The network, its weights initialised from {@code init}, for mini-batches up to maxBatch. */
  public Network network(MatrixFactory cells, RandomGenerator init, int maxBatch) {
    return network(cells, Mapping.AIHWKIT, init, maxBatch);
  }

  /** As {@link #network(MatrixFactory, RandomGenerator, int)}, laid onto tiles by {@code mapping}. */
  public Network network(MatrixFactory cells, Mapping mapping, RandomGenerator init, int maxBatch) {
    return this == FCN ? Models.fcn(cells, mapping, init, maxBatch)
        : Models.lenet5(cells, mapping, init, maxBatch);
  }

  /**
   * Columns (inputs) of the widest matrix that {@link #network} requests from its
   * {@link MatrixFactory}, i.e. of the widest tile under the models' default tile mapping
   * (AIHWKit's: tiles of at most 512 x 512, digital bias): FCN 392 (fc1's 784 inputs on two
   * tiles), LeNet-5 512 (fc1). A transfer sweep of a tile reads each of its columns once.
   */
  public int widestMatrixColumns() {
    int[] widest = {0};
    MatrixFactory digital = MatrixFactory.digital();
    network((name, rows, cols) -> {
      widest[0] = Math.max(widest[0], cols);
      return digital.create(name, rows, cols);
    }, RandomStreams.of(0).stream(RandomStreams.INIT), 1);
    return widest[0];
  }

  /**
   * Default global learning rate. LeNet-5: the paper's values (stated with Table 3: TT-v2 0.005,
   * AGAD and E-RIDER 0.05; the other cells and the digital twin take 0.05). FCN: the paper does
   * not state it (Table 5), so every method, analog or digital, takes the learning rate that
   * trains the digital twin best on the bundled set, 0.5: one value for all methods, a documented
   * assumption. With the LeNet values TT-v2's slow tiles can never be written on the FCN (its
   * buffer gain is 0.01 lr per read against a threshold of 0.8 g_C) and AGAD's only after about
   * 30 times the data; experiments/MNIST-SUBSET.md has the measurements.
   */
  public double globalLr(Algorithm algorithm) {
    if (this == FCN) {
      return 0.5;
    }
    return algorithm == Algorithm.TTV2 ? 0.005 : 0.05;
  }
}

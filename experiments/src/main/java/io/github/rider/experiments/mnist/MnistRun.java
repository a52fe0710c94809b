package io.github.rider.experiments.mnist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.algorithms.cells.CellHyperparameters;
import io.github.rider.algorithms.cells.Cells;
import io.github.rider.algorithms.nn.Dataset;
import io.github.rider.algorithms.nn.Mapping;
import io.github.rider.algorithms.nn.MatrixFactory;
import io.github.rider.algorithms.nn.Network;
import io.github.rider.algorithms.nn.NetworkTrainer;
import io.github.rider.algorithms.nn.ProgressListener;
import io.github.rider.algorithms.nn.TrainingOptions;
import io.github.rider.algorithms.nn.TrainingReport;
import io.github.rider.device.Parallelism;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.DeviceSpecJson;
import io.github.rider.experiments.data.MnistData;
import io.github.rider.algorithms.nn.TrainableMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training run of one of the paper's MNIST models ({@link MnistModel}: the FCN
 * 784-256-128-10, sigmoid, batch 10, or LeNet-5, batch 8; the paper's experimental setup) with
 * one analog algorithm on every layer, as {@code rider train-mnist} builds it: the
 * device preset with the reference offset 'Ref Mean' / 'Ref Std' (AIHWKit reference_mean /
 * reference_std; the paper does not say how it injects the offset), each layer's cell from the
 * child stream {@code layer/<name>}, initial weights from {@code init}, data order from {@code
 * data}.
 *
 * @param model     the network and its mini-batch size
 * @param algorithm the cells' algorithm ({@link Cells#create})
 * @param hp        the cells' hyperparameters (e.g. {@link MnistModel#hyperparameters})
 * @param preset    device preset name (e.g. "reram-array-hfo2")
 * @param refMean   mean of the per-device reference (SP offset), 'Ref Mean'
 * @param refStd    std of the per-device reference, 'Ref Std' (&gt;= 0)
 * @param trainSize   the first trainSize training samples are used (&gt;= 1; all of a smaller
 *                    data set)
 * @param testSize    the first testSize test samples are evaluated after every epoch (&gt;= 1)
 * @param miniBatches the run's length in mini-batches of {@link MnistModel#batch} (&gt;= 1): the
 *                    unit of the paper's dynamics (transfers, sweeps and chopper periods are
 *                    counted in mini-batches); the last epoch is cut short if need be
 * @param lr          global learning rate (&gt; 0)
 * @param batch       mini-batch size (&gt;= 1; the paper's: {@link MnistModel#batch})
 * @param mapping     how the layers are laid onto tiles (AIHWKit's default: {@link
 *                    Mapping#AIHWKIT})
 */
public record MnistRun(MnistModel model, Algorithm algorithm, CellHyperparameters hp, String preset,
    double refMean, double refStd, int trainSize, int testSize, long miniBatches, double lr,
    int batch, Mapping mapping) {

  public MnistRun {
    if (model == null || algorithm == null || hp == null || preset == null || mapping == null) {
      throw new IllegalArgumentException(
          "model, algorithm, hp, preset and mapping must not be null");
    }
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be >= 1, was " + batch);
    }
    if (!Double.isFinite(refMean) || !(refStd >= 0)) {
      throw new IllegalArgumentException("refMean must be finite and refStd >= 0, was "
          + refMean + ", " + refStd);
    }
    if (trainSize < 1 || testSize < 1 || miniBatches < 1) {
      throw new IllegalArgumentException("trainSize, testSize and miniBatches must be >= 1, was "
          + trainSize + ", " + testSize + ", " + miniBatches);
    }
    if (!(lr > 0)) {
      throw new IllegalArgumentException("lr must be > 0, was " + lr);
    }
  }

  /** A run with the model's mini-batch size, the layers on tiles as AIHWKit lays them. */
  public MnistRun(MnistModel model, Algorithm algorithm, CellHyperparameters hp, String preset,
      double refMean, double refStd, int trainSize, int testSize, long miniBatches, double lr) {
    this(model, algorithm, hp, preset, refMean, refStd, trainSize, testSize, miniBatches, lr,
        model.batch(), Mapping.AIHWKIT);
  }

  /**
   * The run of {@code model} with {@code algorithm}'s default hyperparameters and global
   * learning rate ({@link MnistModel#hyperparameters}, {@link MnistModel#globalLr}).
   */
  public static MnistRun withDefaults(MnistModel model, Algorithm algorithm, String preset,
      double refMean, double refStd, int trainSize, int testSize, long miniBatches) {
    return new MnistRun(model, algorithm, model.hyperparameters(algorithm), preset, refMean,
        refStd, trainSize, testSize, miniBatches, model.globalLr(algorithm));
  }

  /** Mini-batches of {@code epochs} passes over {@code samples}: epochs x ceil(samples / batch). */
  public static long miniBatches(int epochs, int samples, int batch) {
    return (long) epochs * ((samples + batch - 1) / batch);
  }

  /** Epochs the run starts over {@code samples} training samples (the last one maybe cut short). */
  public int epochs(int samples) {
    return TrainingOptions.ofMiniBatches(miniBatches, Math.min(trainSize, samples), batch(), lr,
        Double.POSITIVE_INFINITY).epochs();
  }

  /**
   * Mini-batches of the warm-up of AGAD, RIDER and E-RIDER cells (0 for the others): during the
   * first n_s = max(ceil(1 / in_chop_prob), 2) transfer sweeps a cell writes nothing to W
   * ({@code AgadCell}); a sweep of the model's widest matrix reads its
   * {@link MnistModel#widestMatrixColumns} columns, one every transfer_every mini-batches
   * (units_in_mbatch) or every transfer_every / batch mini-batches. Example: LeNet-5, E-RIDER
   * (Table 3, p = 0.05): 20 x 512 = 10,240 mini-batches, 10.2 epochs of the bundled 8,000.
   */
  public long warmUpMiniBatches() {
    if (!algorithm.hasWarmUp()) {
      return 0;
    }
    long sweeps = (long) Math.max(Math.ceil(1 / hp.inChopProb()), 2);
    double perTransfer = hp.unitsInMbatch() ? hp.transferEvery() : hp.transferEvery() / batch();
    return (long) Math.ceil(sweeps * model.widestMatrixColumns() * perTransfer);
  }

  /** The preset with this run's reference mean and std. */
  public DeviceSpec device() {
    return presetWithReference(preset, refMean, refStd);
  }

  /**
   * Preset {@code preset} with reference mean {@code refMean} and, when not null, reference std
   * {@code refStd} (the paper's "Ref Mean", "Ref Std"); a preset without a reference is refused.
   */
  public static DeviceSpec presetWithReference(String preset, double refMean, Double refStd) {
    ObjectNode tree = DeviceSpecJson.toTree(DevicePresets.get(preset));
    if (!tree.has("referenceMean")) {
      throw new IllegalArgumentException("preset " + preset + " (family "
          + tree.get("family").asText() + ") has no reference; a reference mean/std needs a "
          + "SoftBounds-reference preset such as reram-array-hfo2");
    }
    tree.put("referenceMean", refMean);
    if (refStd != null) {
      tree.put("referenceStd", refStd);
    }
    return DeviceSpecJson.fromTree(tree);
  }

  /**
   * A finished run: the trainer's report, the samples it used and each matrix's counters.
   *
   * @param report    loss and accuracy per epoch, final accuracy, divergence, pulse totals
   * @param trainSize training samples used (trainSize, or all of a smaller data set)
   * @param testSize  test samples evaluated
   * @param tiles     per matrix of the network (tile of a layer), in creation order
   */
  public record Result(TrainingReport report, int trainSize, int testSize,
      List<TileCounts> tiles) {
    public Result {
      tiles = List.copyOf(tiles);
    }
  }

  /**
   * Trains on {@code data} with randomness from {@code streams} (one replicate) for
   * {@link #miniBatches} mini-batches; divergence (every effective weight of a matrix at the
   * device bound min(|w_min|, w_max)) is reported, not thrown.
   */
  public Result train(MnistData data, RandomStreams streams) {
    return train(data, streams, Parallelism.SERIAL);
  }

  /**
   * As {@link #train(MnistData, RandomStreams)} with every tile's work split over {@code
   * parallelism} (the same result for any).
   */
  public Result train(MnistData data, RandomStreams streams, Parallelism parallelism) {
    return train(data, streams, device(), parallelism);
  }

  /**
   * As {@link #train(MnistData, RandomStreams, Parallelism)} on the devices {@code device}
   * instead of the preset's (e.g. the preset with more device-to-device variation).
   */
  public Result train(MnistData data, RandomStreams streams, DeviceSpec device,
      Parallelism parallelism) {
    return train(data, streams, device, parallelism, ProgressListener.NONE);
  }

  /**
   * As {@link #train(MnistData, RandomStreams, DeviceSpec, Parallelism)}, reporting progress to
   * {@code progress}.
   */
  public Result train(MnistData data, RandomStreams streams, DeviceSpec device,
      Parallelism parallelism, ProgressListener progress) {
    Map<String, TrainableMatrix> matrices = new LinkedHashMap<>();
    CellHyperparameters split = hp.withTile(hp.tile().withParallelism(parallelism));
    MatrixFactory cells = (name, rows, cols) -> {
      TrainableMatrix m = Cells.create(algorithm, rows, cols, device, split,
          streams.child("layer/" + name));
      matrices.put(name, m);
      return m;
    };
    Dataset train = data.train().head(Math.min(trainSize, data.train().count()));
    Dataset test = data.test().head(Math.min(testSize, data.test().count()));
    Network net = model.network(cells, mapping, streams.stream(RandomStreams.INIT), batch);
    double bound = algorithm == Algorithm.DIGITAL ? Double.POSITIVE_INFINITY
        : saturationBound(device);
    TrainingOptions options = TrainingOptions.ofMiniBatches(miniBatches, train.count(), batch,
        lr, bound);
    TrainingReport report = NetworkTrainer.train(net, train, test, options,
        streams.stream(RandomStreams.DATA), progress);
    List<TileCounts> tiles = new ArrayList<>();
    matrices.forEach((name, m) -> tiles.add(TileCounts.of(name, m)));
    return new Result(report, train.count(), test.count(), tiles);
  }

  /**
   * Divergence check of analog runs: a matrix all of whose effective weights reach the device's
   * nominal bound min(|w_min|, w_max) is pinned at its bounds (infinite when the family has none).
   */
  public static double saturationBound(DeviceSpec device) {
    ObjectNode t = DeviceSpecJson.toTree(device);
    if (!t.has("wMax") || !t.has("wMin")) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.min(Math.abs(t.get("wMin").asDouble()), Math.abs(t.get("wMax").asDouble()));
  }
}

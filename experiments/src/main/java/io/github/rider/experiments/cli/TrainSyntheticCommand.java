package io.github.rider.experiments.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.algorithms.Metrics;
import io.github.rider.algorithms.SyntheticRunFactory;
import io.github.rider.algorithms.SyntheticRunSpec;
import io.github.rider.algorithms.VectorAlgorithm;
import io.github.rider.algorithms.TrainingResult;
import io.github.rider.experiments.sweep.JsonFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rider train-synthetic}: one run of an algorithm on a synthetic problem with a known
 * optimum, P's symmetric points planted from a reference mean/std. The defaults are "setup A"
 * of docs/algorithms.md §6 (least squares D = 10, ALD devices with tau = 1, SP ~ N(0.3, 0.1^2),
 * alpha 0.05, beta 0.005, eta 0.01, gamma 0.5, p 0.05, K = 40 000). Writes a JSON record (final and
 * strided metrics, pulse counts, every parameter and the seed); same seed, same bytes.
 */
@Command(name = "train-synthetic", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train on a synthetic problem with a known optimum and report metrics and pulses.")
final class TrainSyntheticCommand implements Callable<Integer> {

  private static final SyntheticRunSpec A =
      SyntheticRunSpec.setupA(VectorAlgorithm.ERIDER.cliName(), 1);

  @Spec CommandSpec spec;

  @Option(names = "--algorithm", paramLabel = "NAME",
      description = "digital-sgd, analog-sgd, residual, two-stage, rider, erider (default ${DEFAULT-VALUE}).")
  String algorithm = A.algorithm();

  @Option(names = "--problem", paramLabel = "NAME",
      description = "least-squares, quadratic, logistic (default ${DEFAULT-VALUE}).")
  String problem = A.problem();

  @Option(names = "--dim", description = "Dimension D (default ${DEFAULT-VALUE}).")
  int dim = A.dim();

  @Option(names = "--device-p", paramLabel = "FAMILY",
      description = "Device of P (and of W for analog-sgd): a family (ald, linear, soft-bounds, power, "
          + "exponential; shape set by --tau, step by --dw-min) or a preset name (its own dw_min, "
          + "variation and noise), with P's SPs planted from --sp-mean/--sp-std (default ${DEFAULT-VALUE}).")
  String deviceP = A.deviceP();

  @Option(names = "--device-w", paramLabel = "FAMILY",
      description = "Device of W, family or preset, SP 0 (default ${DEFAULT-VALUE}).")
  String deviceW = A.deviceW();

  @Option(names = "--tau", description = "Dynamic range tau of the families (default ${DEFAULT-VALUE}).")
  double tau = A.tau();

  @Option(names = "--mode", description = "mean-field or pulsed (default ${DEFAULT-VALUE}).")
  String mode = A.mode();

  @Option(names = "--dw-min", description = "Response granularity dw_min (default ${DEFAULT-VALUE}).")
  double dwMin = A.dwMin();

  @Option(names = "--discretisation-noise",
      description = "Mean-field: add the discretisation noise b of Assumption 3.4.")
  boolean noise = A.noise();

  @Option(names = "--sp-mean", description = "Mean of P's planted SPs (default ${DEFAULT-VALUE}).")
  double spMean = A.spMean();

  @Option(names = "--sp-std", description = "Std of P's planted SPs (default ${DEFAULT-VALUE}).")
  double spStd = A.spStd();

  @Option(names = "--iters", description = "Iterations K (default ${DEFAULT-VALUE}).")
  long iters = A.iters();

  @Option(names = "--stride", description = "History stride (default ${DEFAULT-VALUE}).")
  long stride = A.stride();

  @Option(names = "--zs-pulses", description = "Two-stage: ZS pulses N (default ${DEFAULT-VALUE}).")
  long zsPulses = 1000;

  @Option(names = "--lr", description = "Step size alpha (default ${DEFAULT-VALUE}).")
  double lr = A.lr();

  @Option(names = "--beta", description = "Transfer step beta (default ${DEFAULT-VALUE}).")
  double beta = A.beta();

  @Option(names = "--eta", description = "EMA rate eta (default ${DEFAULT-VALUE}).")
  double eta = A.eta();

  @Option(names = "--gamma", description = "Residual mixing gamma (default ${DEFAULT-VALUE}).")
  double gamma = A.gamma();

  @Option(names = "--chop-prob", description = "E-RIDER chopper probability p (default ${DEFAULT-VALUE}).")
  double chopProb = A.chopProb();

  @Option(names = "--gradient-noise",
      description = "Std of the additive gradient noise per coordinate (default ${DEFAULT-VALUE}).")
  double gradientNoise = A.gradientNoise();

  @Option(names = "--seed", description = "Root seed (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON record here (default: standard output).")
  Path out;

  @Override
  public Integer call() throws IOException {
    Outputs.file(out, "--out");
    // the problem's data matrix: 20 D x D doubles (least-squares, logistic) or D x D (quadratic)
    Memory.require(8.0 * dim * dim * (problem.equals("quadratic") ? 1 : 20), "--dim", dim);
    SyntheticRunSpec s = new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, mode,
        spMean, spStd, tau, dwMin, noise, iters, stride, zsPulses, lr, beta, eta, gamma, chopProb,
        gradientNoise, seed);
    TrainingResult r = SyntheticRunFactory.run(s);
    String json = Json.MAPPER.writeValueAsString(toJson(s, r)) + "\n";
    PrintWriter console = spec.commandLine().getOut();
    if (out == null) {
      console.print(json);
    } else {
      JsonFiles.writeAtomically(out, json);
      Metrics m = r.finalMetrics();
      console.printf(Locale.ROOT, "%s on %s: K = %d, ||W - W*||^2 = %.4g, ||Q - SP||^2 = %.4g%s -> %s%n",
          r.algorithm(), r.objective(), r.iterations(), m.distSq(), m.qMinusSpSq(),
          r.divergedOrSaturated() ? " (DIVERGED: " + r.divergenceOrSaturation() + ")" : "", out);
    }
    console.flush();
    if (r.divergedOrSaturated()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("rider: training diverged: " + r.divergenceOrSaturation());
      err.flush();
      return ExitCodes.DIVERGED;
    }
    return ExitCodes.OK;
  }

  static ObjectNode toJson(SyntheticRunSpec s, TrainingResult r) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("algorithm", r.algorithm());
    root.put("objective", r.objective());
    root.put("seed", r.seed());
    root.set("run", Json.MAPPER.valueToTree(s));
    ObjectNode params = root.putObject("parameters");
    for (Map.Entry<String, Object> e : r.parameters().entrySet()) {
      params.set(e.getKey(), Json.MAPPER.valueToTree(e.getValue()));
    }
    root.put("iterations", r.iterations());
    root.put("diverged", r.divergedOrSaturated());
    root.put("divergence", r.divergenceOrSaturation());
    root.set("final", metrics(r.finalMetrics()));
    ObjectNode pulses = root.putObject("pulses");
    pulses.put("calibration", r.pulses().calibration());
    pulses.put("calibrationCycles", r.pulses().calibrationCycles());
    pulses.put("training", r.pulses().training());
    pulses.put("trainingCycles", r.pulses().trainingCycles());
    pulses.put("trainingNominal", r.pulses().trainingNominal());
    pulses.put("programming", r.pulses().programming());
    ArrayNode history = root.putArray("history");
    for (Metrics m : r.history()) {
      history.add(metrics(m));
    }
    return root;
  }

  private static ObjectNode metrics(Metrics m) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("iteration", m.iteration());
    Json.put(n, "f", m.f());
    Json.put(n, "distSq", m.distSq());
    Json.put(n, "pMinusQSq", m.pMinusQSq());
    Json.put(n, "gpSq", m.gpSq());
    Json.put(n, "qMinusSpSq", m.qMinusSpSq());
    Json.put(n, "eK", m.eK());
    return n;
  }
}

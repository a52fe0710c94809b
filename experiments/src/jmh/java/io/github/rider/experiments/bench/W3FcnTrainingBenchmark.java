package io.github.rider.experiments.bench;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.algorithms.cells.CellHyperparameters;
import io.github.rider.algorithms.cells.Cells;
import io.github.rider.algorithms.nn.Models;
import io.github.rider.algorithms.nn.Network;
import io.github.rider.device.Parallelism;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W3 (BENCHMARKS.md): training of the paper's FCN 784-256-128-10 (sigmoid, batch 10, Table 2) on the
 * bundled real-MNIST subset, as {@code rider train-mnist} runs it: every layer a cell of
 * {@link Cells#create} with Table 5 defaults ({@link CellHyperparameters#fcn}), lr 0.05, Table 6
 * I/O. Devices as in AIHWKit's figures: analog SGD on AIHWKit-default SoftBounds, c-TTv2, AGAD and
 * E-RIDER on the ReRamArrayHfO2 preset. One invocation is one mini-batch of 10 samples, so JMH's
 * ops/s is samples/s, the unit of AIHWKit's figures in BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class W3FcnTrainingBenchmark {

  private static final int BATCH = 10;
  private static final double LR = 0.05;

  /** The training algorithm (an {@link Algorithm} name). */
  @Param({"analog-sgd", "cttv2", "agad", "erider"})
  public String algorithm;

  /**
   * Hyperparameter overrides {@code name=value;name=value} ({@link
   * CellHyperparameters#withOverride}) for diagnostics, e.g. {@code fast_lr=0.05}; empty (the
   * default): the Table 5 settings, the W3 workload.
   */
  @Param({""})
  public String overrides;

  /** Threads the work is split over ({@link Parallelism#ofThreads}; results do not depend on it). */
  @Param({"1"})
  public int threads;

  private Network net;
  private BundledBatches batches;

  @Setup
  public void setUp() throws IOException {
    DeviceSpec device = algorithm.equals("analog-sgd") ? SoftBoundsSpec.DEFAULTS
        : DevicePresets.get("reram-array-hfo2");
    CellHyperparameters h = CellHyperparameters.fcn(Algorithm.of(algorithm));
    if (overrides != null && !overrides.isEmpty()) {
      for (String kv : overrides.split(";")) {
        String[] p = kv.split("=", 2);
        h = h.withOverride(p[0].trim(), p[1].trim());
      }
    }
    CellHyperparameters hp = h.withTile(h.tile().withParallelism(Parallelism.ofThreads(threads)));
    RandomStreams streams = RandomStreams.of(1);
    net = Models.fcn((name, rows, cols) -> Cells.create(Algorithm.of(algorithm), rows, cols, device, hp,
        streams.child("layer/" + name)), streams.stream(RandomStreams.INIT), BATCH);
    batches = new BundledBatches(BATCH);
  }

  /** W3: one mini-batch of 10 samples (forward, backward, per-sample updates, transfers). */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public double W3FcnTraining() {
    return batches.trainNext(net, LR);
  }
}

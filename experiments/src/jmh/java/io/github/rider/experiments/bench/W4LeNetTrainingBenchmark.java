package io.github.rider.experiments.bench;

import io.github.rider.algorithms.cells.Algorithm;
import io.github.rider.algorithms.cells.CellHyperparameters;
import io.github.rider.algorithms.cells.Cells;
import io.github.rider.algorithms.nn.Network;
import io.github.rider.device.Parallelism;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.experiments.mnist.MnistModel;
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
 * W4 (BENCHMARKS.md): the model behind Fig. 2, Fig. 4 and Table 1, LeNet-5 training on the
 * bundled real-MNIST subset as {@code rider train-mnist --model lenet5} runs it (AIHWKit's tile
 * mapping, Table 3 cells, the paper's global lr, batch 8, Table 6 I/O, the
 * ReRamArrayHfO2 preset). Its products are small (conv1: 25 inputs, 16 outputs per patch), the
 * case the FCN's W3 does not exercise. One invocation is one mini-batch of 8, so JMH's ops/s is
 * samples/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class W4LeNetTrainingBenchmark {

  private static final int BATCH = 8;

  /** The training algorithm (an {@link Algorithm} name). */
  @Param({"ttv2", "agad", "erider"})
  public String algorithm;

  /** Threads the work is split over ({@link Parallelism#ofThreads}; results do not depend on it). */
  @Param({"1"})
  public int threads;

  private Network net;
  private BundledBatches batches;
  private double lr;

  @Setup
  public void setUp() throws IOException {
    DeviceSpec device = DevicePresets.get("reram-array-hfo2");
    CellHyperparameters table = CellHyperparameters.lenet5(Algorithm.of(algorithm));
    CellHyperparameters hp =
        table.withTile(table.tile().withParallelism(Parallelism.ofThreads(threads)));
    RandomStreams streams = RandomStreams.of(1);
    net = MnistModel.LENET5.network((name, rows, cols) -> Cells.create(Algorithm.of(algorithm), rows, cols,
        device, hp, streams.child("layer/" + name)), streams.stream(RandomStreams.INIT), BATCH);
    lr = MnistModel.LENET5.globalLr(Algorithm.of(algorithm));
    batches = new BundledBatches(BATCH);
  }

  /** One mini-batch of 8 samples (forward, backward, per-sample updates, transfers). */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public double W4LeNetTraining() {
    return batches.trainNext(net, lr);
  }
}

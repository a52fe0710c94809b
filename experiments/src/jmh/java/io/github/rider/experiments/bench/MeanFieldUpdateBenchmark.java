package io.github.rider.experiments.bench;

import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.pulse.MeanFieldUpdate;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
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
 * The mean-field (dw_min &rarr; 0) update, paper eq. (2), of a side x side SoftBounds array
 * ({@link DeviceArray#applyMeanField}) with noise factor 1 (one Gaussian per element), increments
 * alternating +-dW with dW ~ N(0, (10 dw_min)^2). JMH's ops/s is element updates/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MeanFieldUpdateBenchmark {

  /** Array side (side x side devices); a power of two up to 1024. */
  @Param({"512"})
  public int side;

  private DeviceArray devices;
  private double[] plus;
  private double[] minus;
  private int sweeps;
  private boolean nextPlus;
  private final MeanFieldUpdate update = new MeanFieldUpdate(1);

  @Setup
  public void setUp() {
    int n = side * side;
    sweeps = ElementPulses.sweeps(side);
    RandomStreams streams = RandomStreams.of(1);
    devices = DeviceArray.create(SoftBoundsSpec.DEFAULTS, n, streams);
    RandomGenerator data = streams.stream(RandomStreams.DATA);
    plus = new double[n];
    minus = new double[n];
    for (int i = 0; i < n; i++) {
      plus[i] = 10 * devices.dwMin() * data.nextGaussian();
      minus[i] = -plus[i];
    }
    nextPlus = true;
  }

  @Benchmark
  @OperationsPerInvocation(ElementPulses.PER_INVOCATION)
  public DeviceArray meanFieldUpdate() {
    for (int s = 0; s < sweeps; s++) {
      devices.applyMeanField(nextPlus ? plus : minus, update);
      nextPlus = !nextPlus;
    }
    return devices;
  }
}

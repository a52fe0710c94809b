package io.github.rider.experiments.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Thread CPU time per operation of one of this package's benchmarks, for a machine too loaded for
 * JMH's wall-clock numbers (BENCHMARKS.md): {@code java -cp experiments/target/benchmarks.jar
 * io.github.rider.experiments.bench.CpuTime <Benchmark class> <method> <ops per invocation>
 * [param=value ...]}, e.g. {@code CpuTime W3FcnTrainingBenchmark W3FcnTraining 10
 * algorithm=erider}. Calls the benchmark's {@code setUp}, runs it for about 2 s of CPU time,
 * calibrates a batch to about 0.4 s of CPU time, discards 4 warm-up batches and prints the median and the minimum of 12 batches in
 * nanoseconds per operation. CPU time still grows somewhat with the load (shared caches, and a
 * virtual machine's stolen time), so compare jars run alternately, not with other days' numbers.
 */
public final class CpuTime {

  private CpuTime() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    if (args.length < 3) {
      System.err.println("usage: CpuTime <Benchmark class> <method> <ops per invocation>"
          + " [param=value ...]");
      System.exit(2);
    }
    Class<?> c = Class.forName(CpuTime.class.getPackageName() + "." + args[0]);
    Object bench = c.getConstructor().newInstance();
    for (int k = 3; k < args.length; k++) {
      String[] kv = args[k].split("=", 2);
      setParam(bench, kv[0], kv[1]);
    }
    c.getMethod("setUp").invoke(bench);
    Method op = c.getMethod(args[1]);
    int ops = Integer.parseInt(args[2]);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    // warm-up before calibrating: a first invocation slowed by one-time work and interpreted
    // code must not set the batch size (it would make batches of a few invocations, all measured
    // before the JIT has compiled the hot loops)
    long spent = 0;
    while (spent < 2_000_000_000L) {
      spent += batch(mx, op, bench, 1);
    }
    long n = 1;
    while (true) {
      long t = batch(mx, op, bench, n);
      if (t > 100_000_000L) {
        n = Math.max(1, n * 400_000_000L / t);
        break;
      }
      n *= 2;
    }
    double[] perOp = new double[12];
    for (int b = 0; b < 4 + perOp.length; b++) {
      long t = batch(mx, op, bench, n);
      if (b >= 4) {
        perOp[b - 4] = (double) t / (n * ops);
      }
    }
    Arrays.sort(perOp);
    System.out.printf("%s.%s %s: median %.1f ns/op, min %.1f ns/op (thread CPU, 12 batches of %d"
        + " invocations)%n", args[0], args[1], String.join(" ", Arrays.copyOfRange(args, 3,
        args.length)), (perOp[5] + perOp[6]) / 2, perOp[0], n);
  }

  /** Sets the benchmark's {@code @Param} field {@code name} (int or String) to {@code value}. */
  static void setParam(Object bench, String name, String value)
      throws ReflectiveOperationException {
    Field f = bench.getClass().getField(name);
    if (f.getType() == int.class) {
      f.setInt(bench, Integer.parseInt(value));
    } else {
      f.set(bench, value);
    }
  }

  private static long batch(ThreadMXBean mx, Method op, Object bench, long n)
      throws ReflectiveOperationException {
    long t0 = mx.getCurrentThreadCpuTime();
    for (long i = 0; i < n; i++) {
      op.invoke(bench);
    }
    return mx.getCurrentThreadCpuTime() - t0;
  }
}

package io.github.rider.experiments.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thread CPU time per operation of two or more variants of one benchmark, run alternately in one
 * process (BENCHMARKS.md): {@code java -cp experiments/target/benchmarks.jar
 * io.github.rider.experiments.bench.CpuTimeAlternating <Benchmark class> <method> <ops per
 * invocation> <rounds> <variant> <variant> ...}, a variant being {@code param=value[,param=value]}
 * with optionally {@code jar=<path>} among them (default: this jar), e.g. {@code
 * CpuTimeAlternating W3FcnTrainingBenchmark W3FcnTraining 10 30 algorithm=cttv2
 * algorithm=erider}. Every variant gets its own class loader (its own JIT profile, as if in its
 * own JVM), is set up and warmed up (about 2 s of CPU time each), then each round runs one batch of each variant,
 * in a rotating order, so that a load change on a shared machine hits all variants alike, and
 * prints per variant the median and minimum per operation and the median and quartiles of its
 * per-round ratio to the first variant. A batch is about 0.1 s of CPU time of the first variant.
 */
public final class CpuTimeAlternating {

  private CpuTimeAlternating() {}

  private record Variant(String label, Object bench, Method op) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      System.err.println("usage: CpuTimeAlternating <Benchmark class> <method> <ops per invocation>"
          + " <rounds> <variant> <variant> ... (variant: [jar=<path>,]param=value[,...])");
      System.exit(2);
    }
    int ops = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    List<Variant> variants = new ArrayList<>();
    for (int k = 4; k < args.length; k++) {
      variants.add(variant(args[0], args[1], args[k]));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    // warm-up: about 2 s of CPU time per variant, interleaved; then a batch of about 0.1 s
    long[] spent = new long[variants.size()];
    while (Arrays.stream(spent).min().getAsLong() < 2_000_000_000L) {
      for (int i = 0; i < spent.length; i++) {
        spent[i] += batch(mx, variants.get(i), 10);
      }
    }
    long n = Math.max(1, 10 * 100_000_000L / batch(mx, variants.get(0), 10));
    int m = variants.size();
    double[][] perOp = new double[m][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int q = 0; q < m; q++) {
        int i = (q + r) % m;
        perOp[i][r] = (double) batch(mx, variants.get(i), n) / (n * ops);
      }
    }
    for (int i = 0; i < m; i++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = perOp[i][r] / perOp[0][r];
      }
      double[] sorted = perOp[i].clone();
      Arrays.sort(sorted);
      double[] ratios = ratio.clone();
      Arrays.sort(ratios);
      System.out.printf("%s.%s %s: median %.1f ns/op, min %.1f ns/op, median ratio to the first"
          + " %.3f, quartiles %.3f-%.3f (thread CPU, %d rounds of %d invocations)%n", args[0],
          args[1], variants.get(i).label(), median(perOp[i]), sorted[0], median(ratio),
          ratios[(rounds + 3) / 4 - 1], ratios[(3 * rounds + 3) / 4 - 1], rounds, n);
    }
  }

  private static Variant variant(String benchmark, String method, String spec) throws Exception {
    URL jar = CpuTimeAlternating.class.getProtectionDomain().getCodeSource().getLocation();
    List<String[]> params = new ArrayList<>();
    for (String kv : spec.split(",")) {
      String[] p = kv.split("=", 2);
      if (p[0].equals("jar")) {
        jar = Path.of(p[1]).toUri().toURL();
      } else {
        params.add(p);
      }
    }
    ClassLoader loader = new URLClassLoader(new URL[] {jar},
        ClassLoader.getPlatformClassLoader());
    Class<?> c = Class.forName(CpuTimeAlternating.class.getPackageName() + "." + benchmark, true,
        loader);
    Object bench = c.getConstructor().newInstance();
    for (String[] p : params) {
      CpuTime.setParam(bench, p[0], p[1]);
    }
    c.getMethod("setUp").invoke(bench);
    return new Variant(spec, bench, c.getMethod(method));
  }

  private static long batch(ThreadMXBean mx, Variant v, long n) throws Exception {
    long t0 = mx.getCurrentThreadCpuTime();
    for (long i = 0; i < n; i++) {
      v.op().invoke(v.bench());
    }
    return mx.getCurrentThreadCpuTime() - t0;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int h = s.length / 2;
    return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
  }
}

package io.github.rider.experiments.bench;

/**
 * Checks that every {@link W2KernelBenchmark} prototype computes production's rule: {@code java
 * -cp experiments/target/benchmarks.jar io.github.rider.experiments.bench.W2KernelCheck [samples]}
 * runs each kernel for the same samples (default 256) and compares the devices' g - r with
 * production's. A kernel on production's stream in double precision must equal it bit for bit;
 * one in float32 on production's stream must differ by rounding only (its largest difference far
 * below the spread between two independent noise streams); a kernel on another stream differs
 * by noise only: the differences D = its g - production's have mean 0 (z below 5) and the
 * variance of D for an independent rider stream ({@code soa:rider} with another stream name),
 * within 5 standard errors (the error from 64 groups of devices). Prototypes that share a stream
 * must agree with each other bit for bit (double) or by rounding (float32). Exits 1 on a failure.
 */
public final class W2KernelCheck {

  private W2KernelCheck() {}

  private static final String[] KERNELS = {"soa:rider", "record:rider", "soa-float:rider",
      "record-float:rider", "soa:zig-xoshiro256pp", "record:zig-xoshiro256pp",
      "soa:zig-l64x128", "record-float:zig-xoshiro256pp"};
  private static final int GROUPS = 64;

  public static void main(String[] args) {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 256;
    double[] prod = run("production", "c2c", samples);
    double[] alt = run("soa:rider", "c2c-alt", samples);
    double[] dAlt = diff(alt, prod);
    double sdAlt = Math.sqrt(moments(dAlt, 0, dAlt.length)[1]);
    System.out.printf("independent rider stream: sd(D) %.4g, mean(D) %.3g%n", sdAlt,
        moments(dAlt, 0, dAlt.length)[0]);
    boolean ok = true;
    java.util.Map<String, double[]> states = new java.util.LinkedHashMap<>();
    for (String k : KERNELS) {
      double[] v = run(k, "c2c", samples);
      states.put(k, v);
      double[] d = diff(v, prod);
      boolean sameStream = k.endsWith(":rider");
      boolean isFloat = k.contains("float");
      ok &= report(k + " vs production", d, dAlt, sameStream, isFloat, sdAlt);
    }
    ok &= report("record:zig-xoshiro256pp vs soa:zig-xoshiro256pp",
        diff(states.get("record:zig-xoshiro256pp"), states.get("soa:zig-xoshiro256pp")), dAlt,
        true, false, sdAlt);
    ok &= report("record-float:zig-xoshiro256pp vs soa:zig-xoshiro256pp",
        diff(states.get("record-float:zig-xoshiro256pp"), states.get("soa:zig-xoshiro256pp")),
        dAlt, true, true, sdAlt);
    ok &= report("record-float:rider vs soa-float:rider",
        diff(states.get("record-float:rider"), states.get("soa-float:rider")), dAlt, true, false,
        sdAlt);
    System.out.println(ok ? "all kernels follow the rule" : "FAILED");
    if (!ok) {
      System.exit(1);
    }
  }

  private static boolean report(String label, double[] d, double[] dAlt, boolean sameStream,
      boolean isFloat, double sdAlt) {
    int differing = 0;
    double maxAbs = 0;
    for (double v : d) {
      differing += v != 0 ? 1 : 0;
      maxAbs = Math.max(maxAbs, Math.abs(v));
    }
    double[] mv = moments(d, 0, d.length);
    boolean pass;
    String verdict;
    if (sameStream && !isFloat) {
      pass = differing == 0;
      verdict = "bit-identical: " + pass;
    } else if (sameStream) {
      // float32 rounding of g (ulp about 6e-8 near |g| = 0.5) against the noise's spread
      pass = maxAbs < 1e-3 * sdAlt * 100 && Math.sqrt(mv[1]) < 1e-2 * sdAlt;
      verdict = String.format("rounding only: sd(D)/sd(D_alt) %.2g: %s", Math.sqrt(mv[1]) / sdAlt,
          pass);
    } else {
      double z = mv[0] / Math.sqrt(mv[1] / d.length);
      int per = d.length / GROUPS;
      double[] r = new double[GROUPS];
      for (int gr = 0; gr < GROUPS; gr++) {
        r[gr] = moments(d, gr * per, per)[1] / moments(dAlt, gr * per, per)[1];
      }
      double[] rm = moments(r, 0, GROUPS);
      double ratio = mv[1] / (sdAlt * sdAlt);
      double se = Math.sqrt(rm[1] / GROUPS);
      pass = Math.abs(z) < 5 && Math.abs(ratio - 1) < 5 * se;
      verdict = String.format("noise only: z(mean) %.2f, var(D)/var(D_alt) %.4f +- %.4f: %s", z,
          ratio, se, pass);
    }
    System.out.printf("%-55s devices differing %d, max |D| %.3g; %s%n", label, differing, maxAbs,
        verdict);
    return pass;
  }

  private static double[] run(String kernel, String noiseName, int samples) {
    W2KernelBenchmark b = new W2KernelBenchmark();
    b.shape = "256x784";
    b.kernel = kernel;
    b.noiseName = noiseName;
    b.setUp();
    for (int s = 0; s < samples; s++) {
      b.W2Kernel();
    }
    return b.persistent();
  }

  private static double[] diff(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  /** Mean and variance of v[from, from + len). */
  private static double[] moments(double[] v, int from, int len) {
    double s = 0;
    for (int i = from; i < from + len; i++) {
      s += v[i];
    }
    double mean = s / len;
    double ss = 0;
    for (int i = from; i < from + len; i++) {
      ss += (v[i] - mean) * (v[i] - mean);
    }
    return new double[] {mean, ss / (len - 1)};
  }
}

package io.github.rider.device.rng;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The checks a standard-normal sampler must pass before it may draw the devices' noise: mean and
 * variance, the counts beyond the ziggurat's base layer r = 3.4426 and beyond 4, Pearson's
 * chi-square over 200 equiprobable bins of the normal with the two outermost split at +-4 (so
 * that the tails beyond 4 sigma are bins of their own, about 32 expected each in 10^6 draws),
 * and Kolmogorov-Smirnov.
 *
 * <p>Each check has false-failure probability at most 1e-6 for a true standard normal (mean,
 * variance: |z| &gt; 5; tail counts: binomial |z| &gt; 5; chi-square at its 1 - 1e-6 quantile;
 * Kolmogorov-Smirnov at D sqrt(n) &gt; 2.7, p about 1e-6), so a sampler passes all five with
 * probability above 1 - 1e-5 when it is right. Callers use fixed seeds, so a test built on them
 * is deterministic.
 *
 * <p>Resolution at 10^6 draws: about 63 draws beyond +-4 are expected, and the tail count rejects
 * at |z| &gt; 5, i.e. below 23 or above 103: a tail beyond 4 sigma that is missing or cut is
 * caught, one that is off by less than about 1.6x is not (that needs more draws).
 */
public final class NormalSamplerChecks {

  private static final NormalDistribution PHI = new NormalDistribution(0, 1);
  private static final int BINS = 200;

  private NormalSamplerChecks() {}

  /** Names of the checks that n draws of {@code sampler} fail (empty: looks standard normal). */
  public static List<String> departures(DoubleSupplier sampler, int n) {
    double[] x = new double[n];
    double sum = 0;
    double sum2 = 0;
    for (int k = 0; k < n; k++) {
      x[k] = sampler.getAsDouble();
      sum += x[k];
      sum2 += x[k] * x[k];
    }
    List<String> failed = new ArrayList<>();
    double mean = sum / n;
    double var = sum2 / n - mean * mean;
    if (!(Math.abs(mean) * Math.sqrt(n) <= 5)) {
      failed.add("mean " + mean);
    }
    if (!(Math.abs(var - 1) / Math.sqrt(2.0 / n) <= 5)) { // Var of the sample variance 2/n
      failed.add("variance " + var);
    }
    for (double t : new double[] {Ziggurat.R, 4.0}) {
      long c = Arrays.stream(x).filter(v -> Math.abs(v) > t).count();
      double p = 2 * PHI.cumulativeProbability(-t);
      if (!(Math.abs(c - n * p) / Math.sqrt(n * p * (1 - p)) <= 5)) {
        failed.add("tail |x| > " + t + ": " + c + " against " + n * p);
      }
    }
    double chi2 = chiSquare(x);
    double crit = new ChiSquaredDistribution(BINS + 1).inverseCumulativeProbability(1 - 1e-6);
    if (!(chi2 <= crit)) {
      failed.add("chi-square " + chi2 + " > " + crit);
    }
    Arrays.sort(x);
    double d = 0;
    for (int k = 0; k < n; k++) {
      double f = PHI.cumulativeProbability(x[k]);
      d = Math.max(d, Math.max(f - (double) k / n, (k + 1.0) / n - f));
    }
    if (!(d * Math.sqrt(n) <= 2.7)) {
      failed.add("Kolmogorov-Smirnov D sqrt(n) " + d * Math.sqrt(n));
    }
    return failed;
  }

  /**
   * Pearson's statistic over BINS equiprobable bins with the first and the last split at -4 and
   * +4: BINS + 2 bins, BINS + 1 degrees of freedom.
   */
  private static double chiSquare(double[] x) {
    double tail = PHI.cumulativeProbability(-4);
    long[] counts = new long[BINS + 2]; // [0]: x < -4, [BINS + 1]: x > 4
    for (double v : x) {
      int k;
      if (v < -4) {
        k = 0;
      } else if (v > 4) {
        k = BINS + 1;
      } else {
        k = 1 + Math.min(BINS - 1, (int) (PHI.cumulativeProbability(v) * BINS));
      }
      counts[k]++;
    }
    double n = x.length;
    double chi2 = 0;
    for (int k = 0; k < counts.length; k++) {
      double p = k == 0 || k == BINS + 1 ? tail
          : k == 1 || k == BINS ? 1.0 / BINS - tail : 1.0 / BINS;
      double e = n * p;
      chi2 += (counts[k] - e) * (counts[k] - e) / e;
    }
    return chi2;
  }
}

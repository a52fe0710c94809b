package io.github.rider.verification.properties;

import java.util.Locale;

/**
 * Settings of a property-suite run, read from system properties: {@code rider.tries.scale}
 * (multiplies every property's default tries; default 1, e.g. -Drider.tries.scale=10 for a deep
 * run) and {@code rider.seed} (a number, default {@value #DEFAULT_SEED}, or "random" for a seed
 * from the clock, which every result and failure message prints).
 *
 * @param triesScale multiplier of the default tries (&gt;= 1)
 * @param seed       root seed
 */
public record SuiteSettings(int triesScale, long seed) {

  /**
   * The stated false-failure probability of the whole property suite under true claims, over the
   * random draw of {@code rider.seed}: the sum over its properties of
   * {@link Property#falseFailureProbability()} (deterministic checks contribute 0, each stochastic
   * one 1e-5: tries failing a true claim with probability 0.01 each, binomial acceptance at 1e-5)
   * plus what the lower limits on the median tightness add, measured by {@link MutantRejectionSweep};
   * mutant runs are not part of it (a mutant that is not rejected is a different failure).
   */
  public static final double SUITE_FALSE_FAILURE = 1e-4;

  /** The fixed default seed. */
  public static final long DEFAULT_SEED = 20260221L;

  public SuiteSettings {
    if (triesScale < 1) {
      throw new IllegalArgumentException("triesScale must be >= 1, was " + triesScale);
    }
  }

  /** From {@code rider.tries.scale} and {@code rider.seed}. */
  public static SuiteSettings fromSystemProperties() {
    String scale = System.getProperty("rider.tries.scale", "1").trim();
    String seed = System.getProperty("rider.seed", Long.toString(DEFAULT_SEED)).trim();
    int s;
    try {
      s = Integer.parseInt(scale);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rider.tries.scale must be a positive integer, was '" + scale + "'", e);
    }
    long root;
    if (seed.toLowerCase(Locale.ROOT).equals("random")) {
      root = System.nanoTime() ^ System.currentTimeMillis() * 0x9E3779B97F4A7C15L;
    } else {
      try {
        root = Long.parseLong(seed);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("rider.seed must be a number or 'random', was '" + seed + "'", e);
      }
    }
    return new SuiteSettings(s, root);
  }

  /** The tries for a property: its default times the scale. */
  public int tries(Property p) {
    return Math.multiplyExact(p.defaultTries(), triesScale);
  }
}

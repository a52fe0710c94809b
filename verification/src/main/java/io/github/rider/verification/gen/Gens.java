package io.github.rider.verification.gen;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Basic QuickTheories generators of real numbers on which the parameter generators are built, and
 * a deterministic sampler. Every generator draws one integer in [0, 2^53) with a shrink point, so
 * QuickTheories shrinks a failing example toward the documented "simple" value (the lower end of
 * a range, or a named point inside it).
 */
public final class Gens {

  private static final long RESOLUTION = 1L << 53;

  private Gens() {}

  /** Uniform on [lo, hi]; shrinks toward lo. */
  public static Gen<Double> uniform(double lo, double hi) {
    return uniform(lo, hi, lo);
  }

  /** Uniform on [lo, hi]; shrinks toward {@code simple} (clamped to the range). */
  public static Gen<Double> uniform(double lo, double hi, double simple) {
    requireRange(lo, hi);
    double s = Math.max(lo, Math.min(hi, simple));
    long shrink = hi == lo ? 0 : Math.round((s - lo) / (hi - lo) * (RESOLUTION - 1));
    Constraint c = Constraint.between(0, RESOLUTION - 1).withShrinkPoint(shrink);
    return in -> lo + (hi - lo) * (in.next(c) / (double) (RESOLUTION - 1));
  }

  /** Log-uniform on [lo, hi] (0 &lt; lo &lt;= hi): log x uniform; shrinks toward hi (the coarse end). */
  public static Gen<Double> logUniform(double lo, double hi) {
    if (!(lo > 0)) {
      throw new IllegalArgumentException("lo must be > 0 for a log-uniform range, was " + lo);
    }
    requireRange(lo, hi);
    // clamp: exp(log(lo)) may round an ulp below lo
    return uniform(Math.log(lo), Math.log(hi), Math.log(hi)).map(x -> Math.min(hi, Math.max(lo, Math.exp(x))));
  }

  /**
   * Standard normal truncated to [-3, 3], by inversion of a uniform; shrinks toward 0. The
   * truncation keeps QuickTheories' boundary-skewed first draws (the ends of the uniform) at
   * realistic +-3 sigma devices instead of +-7 sigma ones.
   */
  public static Gen<Double> standardNormal() {
    org.apache.commons.math3.distribution.NormalDistribution n =
        new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
    double eps = n.cumulativeProbability(-3);
    return uniform(eps, 1 - eps, 0.5).map(n::inverseCumulativeProbability);
  }

  /** A list of {@code size} independent draws of {@code gen}. */
  public static <T> Gen<List<T>> listOf(Gen<T> gen, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    return in -> {
      List<T> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(gen.generate(in));
      }
      return out;
    };
  }

  /**
   * {@code n} draws of {@code gen} from QuickTheories' own engine with the fixed {@code seed}
   * (same seed, same samples). The first draws are QuickTheories' boundary-skewed ones (the ends
   * of every range), which is intended: the ends of the realistic ranges are tried first.
   */
  public static <T> List<T> sample(Gen<T> gen, int n, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    List<T> out = new ArrayList<>(n);
    // QuickTheories may skip examples it has already produced; top up with derived seeds.
    for (int round = 0; out.size() < n; round++) {
      if (round == 100) {
        throw new IllegalStateException("could not draw " + n + " examples from the generator in 100 rounds");
      }
      QuickTheory.qt()
          .withFixedSeed(seed + 0x9E3779B97F4A7C15L * round)
          .withExamples(n - out.size())
          .withShrinkCycles(0)
          .withGenerateAttempts(100 * n)
          .forAll(gen)
          .checkAssert(out::add);
    }
    return new ArrayList<>(out.subList(0, n));
  }

  private static void requireRange(double lo, double hi) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo <= hi)) {
      throw new IllegalArgumentException("range must be finite with lo <= hi, was [" + lo + ", " + hi + "]");
    }
  }
}

package io.github.rider.algorithms;

import static io.github.rider.theory.Require.nonNegative;
import static io.github.rider.theory.Require.positive;

import java.util.Set;

/**
 * Plain parameters of one synthetic training run, the input of {@link SyntheticRunFactory} (and
 * of the CLI command {@code rider train-synthetic}).
 *
 * @param algorithm      digital-sgd | analog-sgd | residual | two-stage | rider | erider
 * @param problem        least-squares | quadratic | logistic
 * @param dim            D (&gt; 0)
 * @param deviceP        device of the P array (or of W for analog-sgd): one of
 *                       {@link SyntheticRunFactory#DEVICE_FAMILIES}, or a device preset name
 *                       (see {@link SyntheticRunFactory} for how presets are planted)
 * @param deviceW        device of the W array (family or preset)
 * @param mode           mean-field | pulsed
 * @param spMean         mean of the per-element SP offset of P (AIHWKit reference_mean)
 * @param spStd          std of the per-element SP offset of P (reference_std, &gt;= 0)
 * @param tau            dynamic-range parameter of the response family (&gt; 0)
 * @param dwMin          dw_min (&gt; 0)
 * @param noise          mean-field mode: discretisation noise b on (Assumption 3.4); ignored in
 *                       pulsed mode, whose pulses are discrete anyway
 * @param iters          K (&gt;= 0)
 * @param stride         history stride (&gt; 0)
 * @param zsPulses       N, ZS pulses of the two-stage baseline (&gt;= 0)
 * @param lr             alpha (&gt; 0)
 * @param beta           beta (&gt;= 0)
 * @param eta            eta in [0, 1]
 * @param gamma          gamma (&gt;= 0)
 * @param chopProb       p in [0, 1]
 * @param gradientNoise  std of the additive gradient noise per coordinate (&gt;= 0)
 * @param seed           root seed
 */
public record SyntheticRunSpec(String algorithm, String problem, int dim, String deviceP,
    String deviceW, String mode, double spMean, double spStd, double tau, double dwMin,
    boolean noise, long iters, long stride, long zsPulses, double lr, double beta, double eta,
    double gamma, double chopProb, double gradientNoise, long seed) {

  /** Accepted algorithm names ({@link VectorAlgorithm#cliName}). */
  public static final Set<String> ALGORITHMS = Set.copyOf(VectorAlgorithm.names());

  /** Accepted problem names. */
  public static final Set<String> PROBLEMS = Set.of("least-squares", "quadratic", "logistic");

  /** Accepted modes. */
  public static final Set<String> MODES = Set.of("mean-field", "pulsed");

  public SyntheticRunSpec {
    oneOf("algorithm", algorithm, ALGORITHMS);
    oneOf("problem", problem, PROBLEMS);
    oneOf("mode", mode, MODES);
    if (dim <= 0) {
      throw new IllegalArgumentException("dim must be > 0, was " + dim);
    }
    device("deviceP", deviceP);
    device("deviceW", deviceW);
    if (!Double.isFinite(spMean)) {
      throw new IllegalArgumentException("spMean must be finite, was " + spMean);
    }
    nonNegative("spStd", spStd);
    positive("tau", tau);
    positive("dwMin", dwMin);
    nonNegative("gradientNoise", gradientNoise);
    if (iters < 0) {
      throw new IllegalArgumentException("iters must be >= 0, was " + iters);
    }
    if (zsPulses < 0) {
      throw new IllegalArgumentException("zsPulses must be >= 0, was " + zsPulses);
    }
    if (!(chopProb >= 0 && chopProb <= 1)) {
      throw new IllegalArgumentException("chopProb must be in [0, 1], was " + chopProb);
    }
    new StepSizes(lr, beta, eta, gamma); // validates
    new RunSettings(iters, stride, 1);
  }

  private static void device(String name, String v) {
    if (v != null && SyntheticRunFactory.DEVICE_FAMILIES.contains(v)) {
      return;
    }
    try {
      io.github.rider.device.preset.DevicePresets.preset(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " must be a device family "
          + SyntheticRunFactory.DEVICE_FAMILIES + " or a preset "
          + io.github.rider.device.preset.DevicePresets.names() + ", was " + v);
    }
  }

  private static void oneOf(String name, String v, Set<String> allowed) {
    if (v == null || !allowed.contains(v)) {
      throw new IllegalArgumentException(
          name + " must be one of " + new java.util.TreeSet<>(allowed) + ", was " + v);
    }
  }

  /**
   * "Setup A" of docs/algorithms.md §6: least squares D = 10, ALD P with tau = 1 and SP ~ N(0.3,
   * 0.1^2), alpha = 0.05, beta = 0.005, eta = 0.01, gamma = 0.5, p = 0.05, gradient noise 0.1,
   * K = 40 000, mean-field without discretisation noise, dw_min = 1e-3.
   */
  public static SyntheticRunSpec setupA(String algorithm, long seed) {
    return new SyntheticRunSpec(algorithm, "least-squares", 10, "ald", "ald", "mean-field", 0.3,
        0.1, 1.0, 1e-3, false, 40_000, 1_000, 0, 0.05, 0.005, 0.01, 0.5, 0.05, 0.1, seed);
  }

  public SyntheticRunSpec withAlgorithm(String v) {
    return new SyntheticRunSpec(v, problem, dim, deviceP, deviceW, mode, spMean, spStd, tau,
        dwMin, noise, iters, stride, zsPulses, lr, beta, eta, gamma, chopProb, gradientNoise,
        seed);
  }

  public SyntheticRunSpec withSeed(long v) {
    return new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, mode, spMean, spStd,
        tau, dwMin, noise, iters, stride, zsPulses, lr, beta, eta, gamma, chopProb,
        gradientNoise, v);
  }

  public SyntheticRunSpec withSp(double mean, double std) {
    return new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, mode, mean, std, tau,
        dwMin, noise, iters, stride, zsPulses, lr, beta, eta, gamma, chopProb, gradientNoise,
        seed);
  }

  public SyntheticRunSpec withIters(long v) {
    return new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, mode, spMean, spStd,
        tau, dwMin, noise, v, stride, zsPulses, lr, beta, eta, gamma, chopProb, gradientNoise,
        seed);
  }

  public SyntheticRunSpec withStride(long v) {
    return new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, mode, spMean, spStd,
        tau, dwMin, noise, iters, v, zsPulses, lr, beta, eta, gamma, chopProb, gradientNoise,
        seed);
  }

  public SyntheticRunSpec withZsPulses(long v) {
    return new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, mode, spMean, spStd,
        tau, dwMin, noise, iters, stride, v, lr, beta, eta, gamma, chopProb, gradientNoise, seed);
  }

  public SyntheticRunSpec withDwMin(double v, boolean withNoise) {
    return new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, mode, spMean, spStd,
        tau, v, withNoise, iters, stride, zsPulses, lr, beta, eta, gamma, chopProb,
        gradientNoise, seed);
  }

  public SyntheticRunSpec withMode(String v) {
    return new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, v, spMean, spStd, tau,
        dwMin, noise, iters, stride, zsPulses, lr, beta, eta, gamma, chopProb, gradientNoise,
        seed);
  }

  public SyntheticRunSpec withSteps(double lr, double beta, double eta, double gamma) {
    return new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, mode, spMean, spStd,
        tau, dwMin, noise, iters, stride, zsPulses, lr, beta, eta, gamma, chopProb,
        gradientNoise, seed);
  }

  public SyntheticRunSpec withChopProb(double v) {
    return new SyntheticRunSpec(algorithm, problem, dim, deviceP, deviceW, mode, spMean, spStd,
        tau, dwMin, noise, iters, stride, zsPulses, lr, beta, eta, gamma, v, gradientNoise, seed);
  }

  /** The step sizes as a record. */
  public StepSizes steps() {
    return new StepSizes(lr, beta, eta, gamma);
  }
}

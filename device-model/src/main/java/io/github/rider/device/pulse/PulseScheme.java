package io.github.rider.device.pulse;

import java.util.random.RandomGenerator;

/**
 * Turns desired increments dW (weight units) into signed pulse counts n, capped at the bit
 * length BL: |n| &lt;= BL, sign(n) = sign(dW). docs/pulse-update.md §5 and Wu et al. 2025
 * Theorem 4.
 */
public interface PulseScheme {

  /** Writes the signed pulse count for dW[i] into out[i]. */
  void counts(double[] dW, double dwMin, RandomGenerator rng, int[] out);

  /** Deterministic rounding n = rint(dW/dwMin) (round half to even), capped at BL. */
  static PulseScheme deterministic(int bitLength) {
    return new DeterministicRounding(bitLength);
  }

  /** Stochastic rounding, E[n dwMin] = dW below the cap, capped at BL. */
  static PulseScheme stochastic(int bitLength) {
    return new StochasticRounding(bitLength);
  }

  /** Checks the arguments shared by the schemes. */
  static void checkArguments(double[] dW, double dwMin, int[] out) {
    if (!(dwMin > 0) || Double.isInfinite(dwMin)) {
      throw new IllegalArgumentException("dwMin must be finite and > 0, was " + dwMin);
    }
    if (out.length != dW.length) {
      throw new IllegalArgumentException(
          "out must have the length of dW (" + dW.length + "), was " + out.length);
    }
  }

  /** Checks a bit length. */
  static void checkBitLength(int bitLength) {
    if (bitLength < 1) {
      throw new IllegalArgumentException("bitLength must be >= 1, was " + bitLength);
    }
  }
}

package io.github.rider.device.pulse;

import java.util.random.RandomGenerator;

/**
 * Stochastic pulse counts (docs/pulse-update.md §5): with x = |dW|/dwMin, |n| = floor(x) +
 * Bernoulli(x - floor(x)), so E[|n|] dwMin = |dW| and Var[|n|] = p (1 - p) with p = x - floor(x);
 * then capped at BL (the cap biases increments above BL dwMin), sign(n) = sign(dW).
 * One uniform is drawn per element with a non-integer x.
 *
 * @param bitLength BL, the largest number of pulses per update (&gt;= 1)
 */
public record StochasticRounding(int bitLength) implements PulseScheme {

  public StochasticRounding {
    PulseScheme.checkBitLength(bitLength);
  }

  @Override
  public void counts(double[] dW, double dwMin, RandomGenerator rng, int[] out) {
    PulseScheme.checkArguments(dW, dwMin, out);
    for (int i = 0; i < dW.length; i++) {
      double x = Math.abs(dW[i]) / dwMin;
      if (Double.isNaN(x)) {
        throw new IllegalArgumentException("dW[" + i + "] must not be NaN");
      }
      int n;
      if (x >= bitLength) {
        n = bitLength;
      } else {
        double fl = Math.floor(x);
        double frac = x - fl;
        n = (int) fl + (frac > 0 && rng.nextDouble() < frac ? 1 : 0);
      }
      out[i] = dW[i] < 0 ? -n : n;
    }
  }
}

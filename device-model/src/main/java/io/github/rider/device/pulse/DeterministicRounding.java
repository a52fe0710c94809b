package io.github.rider.device.pulse;

import java.util.random.RandomGenerator;

/**
 * Deterministic pulse counts n = clamp(rint(dW/dwMin), -BL, BL) with round-half-to-even
 * ({@link Math#rint}, as AIHWKit's DeterministicImplicit, docs/pulse-update.md §3).
 * Non-finite dW is rejected.
 *
 * @param bitLength BL, the largest number of pulses per update (&gt;= 1)
 */
public record DeterministicRounding(int bitLength) implements PulseScheme {

  public DeterministicRounding {
    PulseScheme.checkBitLength(bitLength);
  }

  @Override
  public void counts(double[] dW, double dwMin, RandomGenerator rng, int[] out) {
    PulseScheme.checkArguments(dW, dwMin, out);
    for (int i = 0; i < dW.length; i++) {
      double x = dW[i] / dwMin;
      if (Double.isNaN(x)) {
        throw new IllegalArgumentException("dW[" + i + "] must not be NaN");
      }
      double n = Math.rint(Math.max(-bitLength, Math.min(bitLength, x)));
      out[i] = (int) n;
    }
  }
}

package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import java.util.random.RandomGenerator;

/**
 * Algorithm 1, zero-shifting (Kim et al. 2019): N single pulses on every element,
 * whose end state W_N estimates the symmetric point. Stochastic version (analysed, Theorem 2.2):
 * eps_n[d] uniform in {-dw_min, +dw_min}; cyclic version (Kim et al.; Theorems C.3/C.4):
 * alternating down, up, down, up, ... In the mean-field model each pulse is eq. (7),
 * W &lt;- W + eps (.) F(W) - |eps| (.) G(W); on a pulsed array it is one device pulse.
 */
public final class ZeroShifting {

  /** Which pulse sequence. */
  public enum Variant {
    /** Random signs, Algorithm 1 as analysed. */
    STOCHASTIC,
    /** Alternating -, +, -, +, ... (pulse n is down for even n). */
    CYCLIC
  }

  /**
   * Outcome of a ZS run.
   *
   * @param estimate    the SP estimate W_N (read back from the array)
   * @param pulsesFired pulses over all elements (N x D)
   * @param pulseCycles array-parallel pulse slots (N)
   */
  public record Result(double[] estimate, long pulsesFired, long pulseCycles) {}

  private ZeroShifting() {}

  /**
   * Fires {@code pulses} pulses on every element of {@code array} (which keeps the end state).
   *
   * @param rng source of the signs; unused by the cyclic variant
   */
  public static Result run(AnalogArray array, long pulses, Variant variant, RandomGenerator rng) {
    if (pulses < 0) {
      throw new IllegalArgumentException("pulses must be >= 0, was " + pulses);
    }
    long fired0 = array.pulsesFired();
    long cycles0 = array.pulseCycles();
    if (variant == Variant.CYCLIC) {
      array.pulseAlternating(pulses, -1);
    } else {
      int[] signs = new int[array.size()];
      for (long n = 0; n < pulses; n++) {
        for (int i = 0; i < signs.length; i++) {
          signs[i] = rng.nextBoolean() ? 1 : -1;
        }
        array.pulseOnce(signs);
      }
    }
    double[] estimate = new double[array.size()];
    array.read(estimate);
    return new Result(estimate, array.pulsesFired() - fired0, array.pulseCycles() - cycles0);
  }
}

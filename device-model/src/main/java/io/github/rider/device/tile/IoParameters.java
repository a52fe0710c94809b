package io.github.rider.device.tile;

/**
 * AIHWKit 1.0.0 IOParameters of one MVM direction (docs/tile-periphery.md §1): DAC range and
 * resolution, ADC range, resolution and Gaussian noise, noise management and bound management. A
 * bound &lt;= 0 means +infinity; a resolution &lt;= 0 means no quantisation, one &gt; 1 is read as
 * a number of steps (r &larr; 1/r); the absolute step is Delta = r (2 bound)
 * (docs/tile-periphery.md §1.2).
 *
 * @param isPerfect        exact MVM y = W x, every other field ignored
 * @param inpBound         DAC range +-b_in (input units)
 * @param inpRes           DAC resolution r_in (fraction of 2 b_in, or number of steps if &gt; 1)
 * @param inpNoise         sigma_in, Gaussian noise after the DAC (input units, &gt;= 0)
 * @param outBound         ADC range +-b_out (output units)
 * @param outRes           ADC resolution r_out (fraction of 2 b_out, or steps if &gt; 1)
 * @param outNoise         sigma_out, Gaussian noise at each output before the ADC (&gt;= 0)
 * @param noiseManagement  input scaling (NONE or ABS_MAX, §2.2)
 * @param boundManagement  output-overflow retries (NONE or ITERATIVE, §2.3; forward only)
 * @param maxBmFactor      BM stops once the reduction r exceeds this (AIHWKit max_bm_factor)
 * @param maxBmRes         BM stops once r &gt; maxBmRes / Delta_in (AIHWKit max_bm_res)
 */
public record IoParameters(
    boolean isPerfect,
    double inpBound,
    double inpRes,
    double inpNoise,
    double outBound,
    double outRes,
    double outNoise,
    NoiseManagement noiseManagement,
    BoundManagement boundManagement,
    double maxBmFactor,
    double maxBmRes) {

  /** Noise management types implemented (docs/tile-periphery.md §2.2). */
  public enum NoiseManagement {
    NONE,
    ABS_MAX
  }

  /** Bound management types implemented (docs/tile-periphery.md §2.3). */
  public enum BoundManagement {
    NONE,
    ITERATIVE
  }

  /** AIHWKit {@code IOParameters()}: 7-bit DAC, 9-bit ADC of +-12, out_noise 0.06, ABS_MAX, ITERATIVE. */
  public static final IoParameters DEFAULTS = new IoParameters(false, 1.0, 1.0 / 126, 0, 12, 1.0 / 510,
      0.06, NoiseManagement.ABS_MAX, BoundManagement.ITERATIVE, 1000, 0.25);

  /** AIHWKit {@code PresetIOParameters}: as {@link #DEFAULTS} with out_bound 20, out_noise 0.1. */
  public static final IoParameters PRESET = DEFAULTS.withOutBound(20).withOutNoise(0.1);

  /** Exact MVM (AIHWKit is_perfect). */
  public static final IoParameters PERFECT = DEFAULTS.withPerfect(true);

  /** The paper's Table 6 forward and backward I/O (equal to AIHWKit's {@code IOParameters()}). */
  public static final IoParameters PAPER_TABLE6 = DEFAULTS;

  /** The paper's Table 6 transfer-forward I/O: Table 6 forward without noise/bound management. */
  public static final IoParameters PAPER_TABLE6_TRANSFER =
      DEFAULTS.withNoiseManagement(NoiseManagement.NONE).withBoundManagement(BoundManagement.NONE);

  public IoParameters {
    finite("inpBound", inpBound);
    finite("inpRes", inpRes);
    finite("outBound", outBound);
    finite("outRes", outRes);
    if (!(inpNoise >= 0) || Double.isInfinite(inpNoise)) {
      throw new IllegalArgumentException("inpNoise must be finite and >= 0, was " + inpNoise);
    }
    if (!(outNoise >= 0) || Double.isInfinite(outNoise)) {
      throw new IllegalArgumentException("outNoise must be finite and >= 0, was " + outNoise);
    }
    if (noiseManagement == null || boundManagement == null) {
      throw new IllegalArgumentException("noiseManagement and boundManagement must not be null");
    }
    if (!(maxBmFactor > 0) || !(maxBmRes > 0)) {
      throw new IllegalArgumentException("maxBmFactor and maxBmRes must be > 0, were "
          + maxBmFactor + ", " + maxBmRes);
    }
    if (!isPerfect && noiseManagement != NoiseManagement.NONE && inpBound != 1.0) {
      throw new IllegalArgumentException("inpBound must be 1 when noise management is on "
          + "(AIHWKit refuses otherwise), was " + inpBound);
    }
  }

  private static void finite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite, was " + v);
    }
  }

  /** The DAC step Delta_in in float32 (0 = no quantisation), docs/tile-periphery.md §1.2. */
  public float inputStep() {
    return step(inpRes, inpBound);
  }

  /** The ADC step Delta_out in float32 (0 = no quantisation). */
  public float outputStep() {
    return step(outRes, outBound);
  }

  private static float step(double res, double bound) {
    float r = (float) Math.max(res, 0);
    if (r > 1) {
      r = 1f / r;
    }
    return bound > 0 ? r * (float) (2 * bound) : 0f;
  }

  public IoParameters withPerfect(boolean v) {
    return new IoParameters(v, inpBound, inpRes, inpNoise, outBound, outRes, outNoise,
        noiseManagement, boundManagement, maxBmFactor, maxBmRes);
  }

  public IoParameters withInpRes(double v) {
    return new IoParameters(isPerfect, inpBound, v, inpNoise, outBound, outRes, outNoise,
        noiseManagement, boundManagement, maxBmFactor, maxBmRes);
  }

  public IoParameters withInpNoise(double v) {
    return new IoParameters(isPerfect, inpBound, inpRes, v, outBound, outRes, outNoise,
        noiseManagement, boundManagement, maxBmFactor, maxBmRes);
  }

  public IoParameters withOutBound(double v) {
    return new IoParameters(isPerfect, inpBound, inpRes, inpNoise, v, outRes, outNoise,
        noiseManagement, boundManagement, maxBmFactor, maxBmRes);
  }

  public IoParameters withOutRes(double v) {
    return new IoParameters(isPerfect, inpBound, inpRes, inpNoise, outBound, v, outNoise,
        noiseManagement, boundManagement, maxBmFactor, maxBmRes);
  }

  public IoParameters withOutNoise(double v) {
    return new IoParameters(isPerfect, inpBound, inpRes, inpNoise, outBound, outRes, v,
        noiseManagement, boundManagement, maxBmFactor, maxBmRes);
  }

  public IoParameters withNoiseManagement(NoiseManagement v) {
    return new IoParameters(isPerfect, inpBound, inpRes, inpNoise, outBound, outRes, outNoise, v,
        boundManagement, maxBmFactor, maxBmRes);
  }

  public IoParameters withBoundManagement(BoundManagement v) {
    return new IoParameters(isPerfect, inpBound, inpRes, inpNoise, outBound, outRes, outNoise,
        noiseManagement, v, maxBmFactor, maxBmRes);
  }
}

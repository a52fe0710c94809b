package io.github.rider.device.spec;

import io.github.rider.theory.Require;
/**
 * Parameters common to every pulsed device, with AIHWKit's names in Java case
 * (docs/devices.md §2-4, SoftBoundsReference). Per device, drawn once
 * (device-to-device, xi standard normal): gain = 1 + dwMinDtod xi (or exp(dwMinDtod xi) if
 * dwMinDtodLogNormal), r = upDownDtod xi, and with u = upDown (one-sided, as AIHWKit's code):
 * u &gt; 0: alpha_up = dwMin (gain + r), alpha_down = dwMin (gain - u - r);
 * u &lt;= 0: alpha_up = dwMin (gain + u + r), alpha_down = dwMin (gain - r).
 * Per pulse: a step times (1 + dwMinStd xi) if multNoise, else plus (alpha dwMinStd xi).
 *
 * @param dwMin                 response granularity Delta w_min (weight units per pulse, &gt; 0)
 * @param dwMinDtod             device-to-device spread of the gain (dimensionless, &gt;= 0)
 * @param dwMinDtodLogNormal    gain is exp(dwMinDtod xi) instead of 1 + dwMinDtod xi (paper
 *                              eq. 104's gamma = exp(sigma_d2d xi1))
 * @param dwMinStd              cycle-to-cycle step noise, relative to the step (&gt;= 0)
 * @param upDown                one-sided up/down asymmetry u (dimensionless, finite)
 * @param upDownDtod            device-to-device spread of the asymmetry (paper eq. 104's
 *                              sigma_pm, dimensionless, &gt;= 0)
 * @param writeNoiseStd         write noise on the visible weight, in units of dwMin (&gt;= 0)
 * @param multNoise             cycle-to-cycle noise is multiplicative (else additive)
 * @param enforceConsistency    take |alpha|, order the bounds and force b_min &lt;= 0 &lt;= b_max
 * @param referenceMean         mean of the per-device reference r (weight units)
 * @param referenceStd          device-to-device std of the reference (weight units, &gt;= 0)
 * @param subtractSymmetryPoint add each device's own SP to its reference ("oracle calibration",
 *                              AIHWKit SoftBoundsReference), so that w_eff = 0 is the SP
 */
public record PulsedParams(
    double dwMin,
    double dwMinDtod,
    boolean dwMinDtodLogNormal,
    double dwMinStd,
    double upDown,
    double upDownDtod,
    double writeNoiseStd,
    boolean multNoise,
    boolean enforceConsistency,
    double referenceMean,
    double referenceStd,
    boolean subtractSymmetryPoint) {

  /** AIHWKit's PulsedDevice defaults (docs/devices.md §3): dw_min 0.001, dtod 0.3, std 0.3, ... */
  public static final PulsedParams AIHWKIT_DEFAULTS =
      new PulsedParams(0.001, 0.3, false, 0.3, 0, 0.01, 0, true, true, 0, 0, false);

  /** An ideal, variation- and noise-free device with dw_min 0.001 (the paper families' default). */
  public static final PulsedParams NOISE_FREE =
      new PulsedParams(0.001, 0, false, 0, 0, 0, 0, true, true, 0, 0, false);

  public PulsedParams {
    Require.positive("dwMin", dwMin);
    Require.nonNegative("dwMinDtod", dwMinDtod);
    Require.nonNegative("dwMinStd", dwMinStd);
    Require.finite("upDown", upDown);
    Require.nonNegative("upDownDtod", upDownDtod);
    Require.nonNegative("writeNoiseStd", writeNoiseStd);
    Require.finite("referenceMean", referenceMean);
    Require.nonNegative("referenceStd", referenceStd);
  }

  /** This with every cycle-to-cycle noise set to 0 (deterministic pulses). */
  public PulsedParams withoutCycleNoise() {
    return withDwMinStd(0).withWriteNoiseStd(0);
  }

  public PulsedParams withDwMin(double v) {
    return new PulsedParams(v, dwMinDtod, dwMinDtodLogNormal, dwMinStd, upDown, upDownDtod,
        writeNoiseStd, multNoise, enforceConsistency, referenceMean, referenceStd,
        subtractSymmetryPoint);
  }

  public PulsedParams withDwMinDtod(double v) {
    return new PulsedParams(dwMin, v, dwMinDtodLogNormal, dwMinStd, upDown, upDownDtod,
        writeNoiseStd, multNoise, enforceConsistency, referenceMean, referenceStd,
        subtractSymmetryPoint);
  }

  public PulsedParams withDwMinDtodLogNormal(boolean v) {
    return new PulsedParams(dwMin, dwMinDtod, v, dwMinStd, upDown, upDownDtod,
        writeNoiseStd, multNoise, enforceConsistency, referenceMean, referenceStd,
        subtractSymmetryPoint);
  }

  public PulsedParams withDwMinStd(double v) {
    return new PulsedParams(dwMin, dwMinDtod, dwMinDtodLogNormal, v, upDown, upDownDtod,
        writeNoiseStd, multNoise, enforceConsistency, referenceMean, referenceStd,
        subtractSymmetryPoint);
  }

  public PulsedParams withUpDown(double v) {
    return new PulsedParams(dwMin, dwMinDtod, dwMinDtodLogNormal, dwMinStd, v, upDownDtod,
        writeNoiseStd, multNoise, enforceConsistency, referenceMean, referenceStd,
        subtractSymmetryPoint);
  }

  public PulsedParams withUpDownDtod(double v) {
    return new PulsedParams(dwMin, dwMinDtod, dwMinDtodLogNormal, dwMinStd, upDown, v,
        writeNoiseStd, multNoise, enforceConsistency, referenceMean, referenceStd,
        subtractSymmetryPoint);
  }

  public PulsedParams withWriteNoiseStd(double v) {
    return new PulsedParams(dwMin, dwMinDtod, dwMinDtodLogNormal, dwMinStd, upDown, upDownDtod,
        v, multNoise, enforceConsistency, referenceMean, referenceStd, subtractSymmetryPoint);
  }

  public PulsedParams withMultNoise(boolean v) {
    return new PulsedParams(dwMin, dwMinDtod, dwMinDtodLogNormal, dwMinStd, upDown, upDownDtod,
        writeNoiseStd, v, enforceConsistency, referenceMean, referenceStd, subtractSymmetryPoint);
  }

  public PulsedParams withEnforceConsistency(boolean v) {
    return new PulsedParams(dwMin, dwMinDtod, dwMinDtodLogNormal, dwMinStd, upDown, upDownDtod,
        writeNoiseStd, multNoise, v, referenceMean, referenceStd, subtractSymmetryPoint);
  }

  public PulsedParams withReferenceMean(double v) {
    return new PulsedParams(dwMin, dwMinDtod, dwMinDtodLogNormal, dwMinStd, upDown, upDownDtod,
        writeNoiseStd, multNoise, enforceConsistency, v, referenceStd, subtractSymmetryPoint);
  }

  public PulsedParams withReferenceStd(double v) {
    return new PulsedParams(dwMin, dwMinDtod, dwMinDtodLogNormal, dwMinStd, upDown, upDownDtod,
        writeNoiseStd, multNoise, enforceConsistency, referenceMean, v, subtractSymmetryPoint);
  }

  public PulsedParams withSubtractSymmetryPoint(boolean v) {
    return new PulsedParams(dwMin, dwMinDtod, dwMinDtodLogNormal, dwMinStd, upDown, upDownDtod,
        writeNoiseStd, multNoise, enforceConsistency, referenceMean, referenceStd, v);
  }
}

package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import java.util.function.DoubleSupplier;

/**
 * A device model with its parameters: AIHWKit's pulsed families (docs/devices.md §2) and the
 * paper's / predecessors' analytic families (App. F.1 of arXiv 2602.21321; Wu et al. 2024 and
 * 2025). Every spec is an immutable, validated record with a family id (the JSON discriminator,
 * {@link DeviceSpecJson}), the common {@link PulsedParams}, and weight {@link Bounds}. From a spec
 * one gets the nominal single-device response ({@link #nominalResponse()}) and, via {@link
 * DeviceParameters}, the response of each drawn device.
 */
public sealed interface DeviceSpec
    permits ConstantStepSpec,
        LinearStepSpec,
        SoftBoundsSpec,
        ExpStepSpec,
        PowStepSpec,
        PiecewiseStepSpec,
        LinearSpec,
        SymmetricPowerLikeSpec,
        AldSpec {

  /** Family id: constant-step, linear-step, soft-bounds, exp-step, pow-step, piecewise-step,
   * linear, power, exponential, ald. */
  String family();

  /** Common pulsed-device parameters. */
  PulsedParams pulsed();

  /** Nominal bounds and their spread (derived from tau for the analytic families). */
  Bounds bounds();

  /** A copy with other pulsed parameters. */
  DeviceSpec withPulsed(PulsedParams p);

  /** Response of device i of {@code p} in physical coordinates (no reference). */
  ResponseFunction response(DeviceParameters p, int i);

  /**
   * q+ of device i of {@code p} at physical state g; equal to {@code response(p, i).qPlus(g)}.
   * Families override it to avoid allocating in the pulse loop.
   */
  default double qPlus(DeviceParameters p, int i, double g) {
    return response(p, i).qPlus(g);
  }

  /** q- of device i of {@code p} at g; equal to {@code response(p, i).qMinus(g)}. */
  default double qMinus(DeviceParameters p, int i, double g) {
    return response(p, i).qMinus(g);
  }

  /** Draws the family's extra per-device parameters of device i (default: none). */
  default void drawExtras(DeviceParameters p, int i, DoubleSupplier xi) {}

  /** The nominal single-device response (no device-to-device variation, no reference). */
  default ResponseFunction nominalResponse() {
    return response(DeviceParameters.nominal(this), 0);
  }

  /** Response granularity dwMin (weight units per pulse). */
  default double dwMin() {
    return pulsed().dwMin();
  }

  /**
   * AIHWKit's weight granularity g used to set pulse counts (docs/pulse-update.md §2,
   * docs/devices.md §2 table); dwMin unless the family says otherwise.
   */
  default double granularity() {
    return dwMin();
  }

  /** Number of states (wMax - wMin)/granularity (AIHWKit calcNumStates). */
  default double numStates() {
    return bounds().range() / granularity();
  }

  default DeviceSpec withDwMin(double v) {
    return withPulsed(pulsed().withDwMin(v));
  }

  default DeviceSpec withDwMinStd(double v) {
    return withPulsed(pulsed().withDwMinStd(v));
  }

  default DeviceSpec withWriteNoiseStd(double v) {
    return withPulsed(pulsed().withWriteNoiseStd(v));
  }

  default DeviceSpec withReferenceMean(double v) {
    return withPulsed(pulsed().withReferenceMean(v));
  }

  default DeviceSpec withReferenceStd(double v) {
    return withPulsed(pulsed().withReferenceStd(v));
  }

  default DeviceSpec withSubtractSymmetryPoint(boolean v) {
    return withPulsed(pulsed().withSubtractSymmetryPoint(v));
  }
}

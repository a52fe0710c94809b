package io.github.rider.verification.gen;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.response.ExponentialResponse;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.response.PowerResponse;
import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.DeviceParameters;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.LinearStepSpec;
import io.github.rider.device.spec.PowStepSpec;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.spec.SoftBoundsSpec;
import io.github.rider.verification.contract.DeviceUnderTest;
import java.util.Iterator;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of devices over the realistic parameter ranges of
 * docs/devices.md §5 ("Realistic random-parameter ranges for property tests"):
 *
 * <ul>
 *   <li>dw_min log-uniform in [2e-4, {@code dwMinMax}] (the full range goes to 0.5; properties that
 *       need many pulses pass a smaller upper end and say so);
 *   <li>dw_min_dtod in [0, 0.3] (normal gain) — the log-normal gain exp(sigma xi) of eq. (104) with
 *       sigma in [0, 0.3] for the paper's linear device;
 *   <li>up_down in [-0.3, 0.3], up_down_dtod in [0, 0.06];
 *   <li>w_max in [0.6, 1.25], w_min in [-1, -0.6], relative bound spreads in [0, 0.6];
 *   <li>LinearStep gamma in [0, 0.75] (dtod 0.05), PowStep pow_gamma in [0.5, 3];
 *   <li>analytic families (Wu et al. 2025): tau in [0.6, 1.25], gamma_res in [0.5, 3], step
 *       multipliers exp(0.3 xi); ALD symmetric point in [-0.4, 0.4].
 * </ul>
 *
 * Cycle-to-cycle noise is off: the paper's theorems are about the noise-free pulse model (5).
 * Devices whose step multipliers fall below {@value #MIN_STEP_MULTIPLIER} (a gain 1 + 0.3 xi near
 * 0, i.e. a dead device) are filtered out with QuickTheories' {@code assuming}: their q_min is
 * ~0 and the theorems' constants degenerate. Shrinking goes toward the low end of each range
 * (no variation, symmetric bounds, coarse dw_min).
 */
public final class DeviceGens {

  /** Smallest accepted step multiplier aUp, aDown of a drawn device. */
  public static final double MIN_STEP_MULTIPLIER = 0.2;

  /** Upper end of the realistic dw_min range. */
  public static final double DW_MIN_MAX = 0.5;

  /** Lower end of the realistic dw_min range. */
  public static final double DW_MIN_MIN = 2e-4;

  private DeviceGens() {}

  /** dw_min log-uniform in [2e-4, hi]. */
  public static Gen<Double> dwMin(double hi) {
    return Gens.logUniform(DW_MIN_MIN, hi);
  }

  /** The paper's linear device (103) with the device-to-device draw of eq. (104). */
  public static Gen<DeviceUnderTest> linear(double dwMinMax) {
    Gen<Double> gamma = Gens.uniform(0, 0.3).zip(Gens.standardNormal(), (s, xi) -> Math.exp(s * xi));
    Gen<Double> rho = Gens.uniform(-0.3, 0.3, 0);
    return gamma.zip(rho, Gens.uniform(0.6, 1.25, 1), Gens.uniform(0.6, 1.0, 1),
            (g, r, tMax, tMin) -> new LinearResponse(g + r, g - r, tMax, tMin))
        .assuming(l -> l.alphaPlus() >= MIN_STEP_MULTIPLIER && l.alphaMinus() >= MIN_STEP_MULTIPLIER)
        .zip(dwMin(dwMinMax), (rf, dw) -> DeviceUnderTest.of("linear", rf, dw));
  }

  /** Power response of Wu et al. 2025 with step multipliers exp(0.3 xi) (so SP != 0). */
  public static Gen<DeviceUnderTest> power(double dwMinMax) {
    return multipliers().zip(Gens.uniform(0.6, 1.25, 1), Gens.uniform(0.5, 3, 1),
            (m, tau, g) -> (ResponseFunction) new PowerResponse(m[0], m[1], tau, g))
        .zip(dwMin(dwMinMax), (rf, dw) -> DeviceUnderTest.of("power", rf, dw));
  }

  /** Exponential response of Wu et al. 2025 with step multipliers exp(0.3 xi). */
  public static Gen<DeviceUnderTest> exponential(double dwMinMax) {
    return multipliers().zip(Gens.uniform(0.6, 1.25, 1), Gens.uniform(0.5, 3, 0.5),
            (m, tau, g) -> (ResponseFunction) new ExponentialResponse(m[0], m[1], tau, g))
        .zip(dwMin(dwMinMax), (rf, dw) -> DeviceUnderTest.of("exponential", rf, dw));
  }

  /** ALD of Wu et al. 2024 with centre in [-0.4, 0.4] and step multipliers exp(0.3 xi). */
  public static Gen<DeviceUnderTest> ald(double dwMinMax) {
    return multipliers().zip(Gens.uniform(0.6, 1.25, 1), Gens.uniform(-0.4, 0.4, 0),
            (m, tau, sp) -> (ResponseFunction) new AldResponse(m[0], m[1], tau, sp))
        .zip(dwMin(dwMinMax), (rf, dw) -> DeviceUnderTest.of("ald", rf, dw));
  }

  /** Common pulsed parameters over the realistic ranges, no cycle-to-cycle noise. */
  public static Gen<PulsedParams> pulsedParams(double dwMinMax) {
    return dwMin(dwMinMax).zip(Gens.uniform(0, 0.3), Gens.uniform(-0.3, 0.3, 0), Gens.uniform(0, 0.06),
        (dw, dtod, ud, udDtod) -> PulsedParams.NOISE_FREE.withDwMin(dw).withDwMinDtod(dtod)
            .withUpDown(ud).withUpDownDtod(udDtod));
  }

  /** Bounds over the realistic ranges. */
  public static Gen<Bounds> bounds() {
    return Gens.uniform(0.6, 1.25, 1).zip(Gens.uniform(-1, -0.6, -1), Gens.uniform(0, 0.6),
        Gens.uniform(0, 0.6), Bounds::new);
  }

  /** AIHWKit SoftBounds specs. */
  public static Gen<DeviceSpec> softBoundsSpec(double dwMinMax) {
    return pulsedParams(dwMinMax).zip(bounds(), SoftBoundsSpec::new);
  }

  /** AIHWKit LinearStep specs, gamma in [0, 0.75], dtod 0.05, per-device bounds as references. */
  public static Gen<DeviceSpec> linearStepSpec(double dwMinMax) {
    return pulsedParams(dwMinMax).zip(bounds(), Gens.uniform(0, 0.75), Gens.uniform(0, 0.75),
        (p, b, gu, gd) -> new LinearStepSpec(p, b, gu, gd, 0.05, 0.05, false));
  }

  /** AIHWKit PowStep specs, pow_gamma in [0.5, 3] (dtod 0.1), pow_up_down in [-0.3, 0.3]. */
  public static Gen<DeviceSpec> powStepSpec(double dwMinMax) {
    return pulsedParams(dwMinMax).zip(bounds(), Gens.uniform(0.5, 3, 1), Gens.uniform(-0.3, 0.3, 0),
        (p, b, g, ud) -> new PowStepSpec(p, b, g, 0.1, ud, 0));
  }

  /**
   * One device drawn from {@code spec}'s device-to-device distribution (the standard normals come
   * from the generator, so they shrink toward the nominal device).
   */
  public static Gen<DeviceUnderTest> drawnFrom(Gen<DeviceSpec> spec) {
    Gen<List<Double>> normals = Gens.listOf(Gens.standardNormal(), 16);
    return spec.zip(normals, (s, xs) -> {
      Iterator<Double> it = xs.iterator();
      DeviceParameters p = DeviceParameters.draw(s, 1, () -> it.hasNext() ? it.next() : 0.0);
      return new Object[] {s, s.response(p, 0), p};
    }).assuming(o -> ((DeviceParameters) o[2]).aUp(0) >= MIN_STEP_MULTIPLIER
            && ((DeviceParameters) o[2]).aDown(0) >= MIN_STEP_MULTIPLIER)
        .map(o -> DeviceUnderTest.of(((DeviceSpec) o[0]).family(), (ResponseFunction) o[1],
            ((DeviceSpec) o[0]).dwMin()));
  }

  /**
   * A preset of {@link DevicePresets} with its dw_min perturbed by a factor exp(0.2 xi) and one
   * device drawn from its device-to-device distribution; cycle-to-cycle noise off.
   */
  public static Gen<DeviceUnderTest> perturbedPreset() {
    Gen<DeviceSpec> spec = Generate.pick(DevicePresets.names())
        .zip(Gens.standardNormal(), (name, xi) -> {
          DeviceSpec s = DevicePresets.get(name);
          return s.withPulsed(s.pulsed().withoutCycleNoise().withDwMin(s.dwMin() * Math.exp(0.2 * xi)));
        });
    return drawnFrom(spec);
  }

  /**
   * Devices satisfying Definition C.1 (monotone q) on their default operating interval: linear,
   * SoftBounds, power, exponential, ALD.
   */
  public static Gen<DeviceUnderTest> monotoneDevice(double dwMinMax) {
    return Generate.oneOf(linear(dwMinMax), drawnFrom(softBoundsSpec(dwMinMax)), power(dwMinMax),
        exponential(dwMinMax), ald(dwMinMax));
  }

  /** Every family with an interior symmetric point, including LinearStep and PowStep. */
  public static Gen<DeviceUnderTest> anyDevice(double dwMinMax) {
    return Generate.oneOf(monotoneDevice(dwMinMax), drawnFrom(linearStepSpec(dwMinMax)),
        drawnFrom(powStepSpec(dwMinMax)));
  }

  /** Reference offsets (105): mean in [0, 0.4], std in [0.05, 1.0]. */
  public static Gen<ReferenceOffset> referenceOffset() {
    return Gens.uniform(0, 0.4).zip(Gens.uniform(0.05, 1.0), ReferenceOffset::new);
  }

  private static Gen<double[]> multipliers() {
    return Gens.standardNormal().zip(Gens.standardNormal(),
            (a, b) -> new double[] {Math.exp(0.3 * a), Math.exp(0.3 * b)})
        .assuming(m -> m[0] >= MIN_STEP_MULTIPLIER && m[1] >= MIN_STEP_MULTIPLIER);
  }
}

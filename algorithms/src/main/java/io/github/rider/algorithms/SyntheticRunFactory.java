package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.array.PulsedArray;
import io.github.rider.algorithms.problem.LeastSquares;
import io.github.rider.algorithms.problem.LogisticRegression;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.algorithms.problem.StronglyConvexQuadratic;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.spec.DeviceParameters;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.pulse.PulseScheme;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.response.ExponentialResponse;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.response.PowerResponse;
import io.github.rider.device.response.ShiftedResponse;
import io.github.rider.device.response.SoftBoundsResponse;
import io.github.rider.device.rng.RandomStreams;

/**
 * Builds a run from {@link SyntheticRunSpec}, so a command line is a thin layer. Conventions:
 * <ul>
 *   <li>Objective from the stream {@link Streams#PROBLEM}: least squares with n = 20 D rows,
 *       W* entries N(0, 0.15^2), exact labels, minibatch 8; quadratic with mu = 1, kappa1 = 10,
 *       sigma = gradientNoise sqrt(D), W* entries N(0, 0.15^2); logistic with n = 20 D rows,
 *       w_true entries N(0, 1), lambda = 0.01, minibatch 8. All add N(0, gradientNoise^2)
 *       per coordinate (the quadratic through sigma).
 *   <li>P elements have SP sp_i = spMean + spStd xi_i (stream {@code RandomStreams.REFERENCE});
 *       W elements have SP 0. Initial P_0 = W_0 = Q_0 = 0.
 *   <li>Mean-field mode: {@link MeanFieldArray}, discretisation noise (noise factor 1) from
 *       {@code RandomStreams.PULSE_TRAIN} index 0 (P) and 1 (W). Pulsed mode: {@link PulsedArray}
 *       over device-model's {@code DeviceArray.of(responses, dwMin, 0, true, ...)} (no
 *       cycle-to-cycle noise, child streams {@link #PULSED_DEVICES} 0/1) with stochastic rounding
 *       capped at BL = {@value #BIT_LENGTH} (rounding draws from {@code PULSE_TRAIN} 0/1), so the
 *       discretisation error has E = 0 and Var = Theta(|dW| dw_min) as Assumption 3.4 asks.
 *   <li>A device name that is not one of {@link #DEVICE_FAMILIES} is a preset of
 *       {@code DevicePresets} (e.g. {@code reram-array-hfo2}): its devices are drawn with the
 *       preset's device-to-device variation, cycle-to-cycle and write noise (child streams
 *       {@link #PULSED_DEVICES} 0/1), the preset brings its own dw_min (the spec's dwMin is
 *       ignored) and range, and each element's reference is set so that its effective SP is the
 *       planted sp_i exactly (the preset's referenceMean/Std and subtractSymmetryPoint are
 *       replaced by that planting). In mean-field mode the same drawn responses are shifted.
 *   <li>Two-stage uses stochastic ZS; E-RIDER uses {@link ERiderOptions#defaults()}.
 * </ul>
 */
public final class SyntheticRunFactory {

  /** Name of the child streams of the pulsed device arrays (index 0: P, 1: W). */
  public static final String PULSED_DEVICES = "pulsed-devices";

  /** BL of the nominal pulse count and of the pulse scheme (AIHWKit's desired_BL default). */
  public static final int BIT_LENGTH = 31;

  private SyntheticRunFactory() {}

  /** Builds and runs. */
  public static TrainingResult run(SyntheticRunSpec spec) {
    return run(spec, objective(spec));
  }

  /** Builds and runs on {@code objective} in place of the one {@code spec.problem()} names. */
  public static TrainingResult run(SyntheticRunSpec spec, Objective objective) {
    return create(spec, objective, ERiderOptions.defaults())
        .run(new RunSettings(spec.iters(), spec.stride(), BIT_LENGTH));
  }

  /** The objective of a spec (same seed, same instance). */
  public static Objective objective(SyntheticRunSpec spec) {
    var rng = RandomStreams.of(spec.seed()).stream(Streams.PROBLEM);
    int d = spec.dim();
    return switch (spec.problem()) {
      case "least-squares" -> LeastSquares.planted(d, 20 * d, 0.15, 0, 8, spec.gradientNoise(),
          rng);
      case "quadratic" -> quadratic(spec, 1, 10);
      case "logistic" -> LogisticRegression.synthetic(d, 20 * d, 1, 0.01, 8, spec.gradientNoise(),
          rng);
      default -> throw new IllegalArgumentException("unknown problem " + spec.problem());
    };
  }

  /**
   * The quadratic of a spec with curvature {@code mu} and condition number {@code kappa}:
   * {@code StronglyConvexQuadratic.of(D, mu, kappa, gradientNoise sqrt(D), 0.15)} from the stream
   * {@link Streams#PROBLEM}. The problem "quadratic" is mu = 1, kappa = 10; Theorem 3.7's C*
   * condition asks a larger mu (curvature strong against the noise, setup B of docs/algorithms.md
   * §6), which {@link #run(SyntheticRunSpec, Objective)} takes.
   */
  public static StronglyConvexQuadratic quadratic(SyntheticRunSpec spec, double mu, double kappa) {
    int d = spec.dim();
    return StronglyConvexQuadratic.of(d, mu, kappa, spec.gradientNoise() * Math.sqrt(d), 0.15,
        RandomStreams.of(spec.seed()).stream(Streams.PROBLEM));
  }

  /** The SPs of P's elements, sp_i = spMean + spStd xi_i (stream {@code RandomStreams.REFERENCE}). */
  public static double[] symmetricPoints(SyntheticRunSpec spec) {
    double[] sp = new double[spec.dim()];
    var ref = RandomStreams.of(spec.seed()).stream(RandomStreams.REFERENCE);
    for (int i = 0; i < sp.length; i++) {
      sp[i] = spec.spMean() + spec.spStd() * ref.nextGaussian();
    }
    return sp;
  }

  /** Accepted device-family names of {@link #responses}. */
  public static final java.util.List<String> DEVICE_FAMILIES =
      java.util.List.of("ald", "linear", "soft-bounds", "power", "exponential");

  /**
   * Per-element response functions of a family, each with its symmetric point moved to sp[i]:
   * {@code ald} is {@link AldResponse#of}(tau, sp_i) (q+- = 1 -+ (w - sp_i)/tau); the others are
   * the device-model family with unit step multipliers and range parameter tau ({@code linear}:
   * LinearResponse(1, 1, tau, tau); {@code soft-bounds}: SoftBoundsResponse(1, 1, -tau, tau);
   * {@code power}, {@code exponential}: gamma_res = 2) shifted by a reference so that its SP is
   * sp_i ({@link ShiftedResponse}, docs/devices.md §6).
   */
  public static ResponseFunction[] responses(String family, double[] sp, double tau) {
    if (!DEVICE_FAMILIES.contains(family)) {
      throw new IllegalArgumentException(
          "unknown device family '" + family + "'; known: " + DEVICE_FAMILIES);
    }
    ResponseFunction[] r = new ResponseFunction[sp.length];
    for (int i = 0; i < sp.length; i++) {
      ResponseFunction base = switch (family) {
        case "ald" -> AldResponse.of(tau, sp[i]);
        case "linear" -> new LinearResponse(1, 1, tau, tau);
        case "soft-bounds" -> new SoftBoundsResponse(1, 1, -tau, tau);
        case "power" -> PowerResponse.of(tau, 2);
        default -> ExponentialResponse.of(tau, 2);
      };
      r[i] = family.equals("ald") ? base : ShiftedResponse.of(base, base.symmetricPoint() - sp[i]);
    }
    return r;
  }

  /** Builds the algorithm of a spec (E-RIDER with {@link ERiderOptions#defaults()}). */
  public static TrainingAlgorithm create(SyntheticRunSpec spec) {
    return create(spec, ERiderOptions.defaults());
  }

  /** Builds the algorithm of a spec; {@code options} are used when the algorithm is erider. */
  public static TrainingAlgorithm create(SyntheticRunSpec spec, ERiderOptions options) {
    return create(spec, objective(spec), options);
  }

  /** As {@link #create(SyntheticRunSpec, ERiderOptions)} on {@code objective} (same dimension). */
  public static TrainingAlgorithm create(SyntheticRunSpec spec, Objective objective,
      ERiderOptions options) {
    if (objective.dimension() != spec.dim()) {
      throw new IllegalArgumentException("objective dimension " + objective.dimension()
          + " differs from the spec's dim " + spec.dim());
    }
    RandomStreams streams = RandomStreams.of(spec.seed());
    int d = spec.dim();
    double[] spP = symmetricPoints(spec);
    double[] zero = new double[d];
    AnalogArray p = array(spec, spec.deviceP(), spP, streams, Streams.P_ARRAY);
    StepSizes steps = spec.steps();
    VectorAlgorithm algorithm = VectorAlgorithm.of(spec.algorithm());
    return switch (algorithm) {
      case DIGITAL_SGD -> new DigitalSgd(objective, zero, spec.lr(), streams);
      case ANALOG_SGD -> new AnalogSgd(objective, p, spec.lr(), streams);
      default -> {
        AnalogArray w = array(spec, spec.deviceW(), zero, streams, Streams.W_ARRAY);
        yield switch (algorithm) {
          case RESIDUAL -> new ResidualLearning(objective, p, w, steps, streams);
          case TWO_STAGE -> new TwoStageResidualLearning(objective, p, w, spec.zsPulses(),
              ZeroShifting.Variant.STOCHASTIC, steps, streams);
          case RIDER -> new Rider(objective, p, w, zero, steps, streams);
          case ERIDER -> new ERider(objective, p, w, zero, steps, spec.chopProb(), options,
              streams);
          case DIGITAL_SGD, ANALOG_SGD -> throw new AssertionError(algorithm);
        };
      }
    };
  }

  /** Whether {@code device} names a preset rather than one of {@link #DEVICE_FAMILIES}. */
  public static boolean isPreset(String device) {
    return !DEVICE_FAMILIES.contains(device);
  }

  /** The analog array of one role (P: index 0, W: index 1) whose element i has SP sp[i]. */
  private static AnalogArray array(SyntheticRunSpec spec, String device, double[] sp,
      RandomStreams streams, long index) {
    if (isPreset(device)) {
      return presetArray(spec, DevicePresets.get(device), sp, streams, index);
    }
    ResponseFunction[] responses = responses(device, sp, spec.tau());
    if (spec.mode().equals("pulsed")) {
      DeviceArray devices = DeviceArray.of(responses, spec.dwMin(), 0, true,
          streams.child(PULSED_DEVICES, index));
      return pulsed(devices, streams, index);
    }
    return MeanFieldArray.of(responses, spec.dwMin(), new double[responses.length],
        spec.noise() ? streams.stream(RandomStreams.PULSE_TRAIN, index) : null);
  }

  private static AnalogArray presetArray(SyntheticRunSpec spec, DeviceSpec preset, double[] sp,
      RandomStreams streams, long index) {
    DeviceSpec planted = preset.withReferenceMean(0).withReferenceStd(0)
        .withSubtractSymmetryPoint(true);
    RandomStreams child = streams.child(PULSED_DEVICES, index);
    if (spec.mode().equals("pulsed")) {
      DeviceArray devices = DeviceArray.create(planted, sp.length, child);
      for (int i = 0; i < sp.length; i++) {
        // effective SP = physical SP - r; subtractSymmetryPoint made r = physical SP
        devices.setReference(i, devices.reference(i) - sp[i]);
      }
      return pulsed(devices, streams, index);
    }
    var d2d = child.stream(RandomStreams.DEVICE_TO_DEVICE);
    DeviceParameters params = DeviceParameters.draw(planted, sp.length, d2d::nextGaussian);
    ResponseFunction[] responses = new ResponseFunction[sp.length];
    for (int i = 0; i < sp.length; i++) {
      ResponseFunction physical = planted.response(params, i);
      responses[i] = ShiftedResponse.of(physical, physical.symmetricPoint() - sp[i]);
    }
    return MeanFieldArray.of(responses, planted.dwMin(), new double[sp.length],
        spec.noise() ? streams.stream(RandomStreams.PULSE_TRAIN, index) : null);
  }

  private static PulsedArray pulsed(DeviceArray devices, RandomStreams streams, long index) {
    return PulsedArray.of(devices, PulseScheme.stochastic(BIT_LENGTH),
        streams.stream(RandomStreams.PULSE_TRAIN, index));
  }
}

package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.internal.ShiftedAsymmetricLinearDevice;
import io.github.rider.algorithms.problem.LeastSquares;
import io.github.rider.algorithms.problem.LogisticRegression;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.algorithms.problem.StronglyConvexQuadratic;
import io.github.rider.device.ResponseFunction;
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
 *   <li>Mean-field discretisation noise from {@code RandomStreams.PULSE_TRAIN} index 0 (P) and
 *       1 (W).
 *   <li>Two-stage uses stochastic ZS; E-RIDER uses {@link ERiderOptions#defaults()}.
 * </ul>
 */
public final class SyntheticRunFactory {

  /** BL of the nominal pulse count (AIHWKit's desired_BL default). */
  public static final int BIT_LENGTH = 31;

  private SyntheticRunFactory() {}

  /** Builds and runs. */
  public static TrainingResult run(SyntheticRunSpec spec) {
    return create(spec).run(new RunSettings(spec.iters(), spec.stride(), BIT_LENGTH));
  }

  /** The objective of a spec (same seed, same instance). */
  public static Objective objective(SyntheticRunSpec spec) {
    var rng = RandomStreams.of(spec.seed()).stream(Streams.PROBLEM);
    int d = spec.dim();
    return switch (spec.problem()) {
      case "least-squares" -> LeastSquares.planted(d, 20 * d, 0.15, 0, 8, spec.gradientNoise(),
          rng);
      case "quadratic" -> StronglyConvexQuadratic.of(d, 1, 10, spec.gradientNoise() * Math.sqrt(d),
          0.15, rng);
      case "logistic" -> LogisticRegression.synthetic(d, 20 * d, 1, 0.01, 8, spec.gradientNoise(),
          rng);
      default -> throw new IllegalArgumentException("unknown problem " + spec.problem());
    };
  }

  /** Per-element response functions of a family with the given symmetric points. */
  public static ResponseFunction[] responses(String family, double[] sp, double tau) {
    ResponseFunction[] r = new ResponseFunction[sp.length];
    for (int i = 0; i < sp.length; i++) {
      r[i] = switch (family) {
        case "ald" -> new ShiftedAsymmetricLinearDevice(sp[i], tau);
        default -> throw new IllegalArgumentException(
            "unknown device family '" + family + "'; known: ald");
      };
    }
    return r;
  }

  /** Builds the algorithm of a spec. */
  public static TrainingAlgorithm create(SyntheticRunSpec spec) {
    RandomStreams streams = RandomStreams.of(spec.seed());
    Objective objective = objective(spec);
    int d = spec.dim();
    double[] spP = new double[d];
    var ref = streams.stream(RandomStreams.REFERENCE);
    for (int i = 0; i < d; i++) {
      spP[i] = spec.spMean() + spec.spStd() * ref.nextGaussian();
    }
    double[] zero = new double[d];
    AnalogArray p = array(spec, responses(spec.deviceP(), spP, spec.tau()), streams,
        Streams.P_ARRAY);
    StepSizes steps = spec.steps();
    return switch (spec.algorithm()) {
      case "digital-sgd" -> new DigitalSgd(objective, zero, spec.lr(), streams);
      case "analog-sgd" -> new AnalogSgd(objective, p, spec.lr(), streams);
      default -> {
        AnalogArray w = array(spec, responses(spec.deviceW(), zero, spec.tau()), streams,
            Streams.W_ARRAY);
        yield switch (spec.algorithm()) {
          case "residual" -> new ResidualLearning(objective, p, w, steps, streams);
          case "two-stage" -> new TwoStageResidualLearning(objective, p, w, spec.zsPulses(),
              ZeroShifting.Variant.STOCHASTIC, steps, streams);
          case "rider" -> new Rider(objective, p, w, zero, steps, streams);
          case "erider" -> new ERider(objective, p, w, zero, steps, spec.chopProb(),
              ERiderOptions.defaults(), streams);
          default -> throw new IllegalArgumentException("unknown algorithm " + spec.algorithm());
        };
      }
    };
  }

  private static AnalogArray array(SyntheticRunSpec spec, ResponseFunction[] responses,
      RandomStreams streams, long index) {
    if (spec.mode().equals("pulsed")) {
      throw new UnsupportedOperationException(
          "pulsed mode needs device-model's DeviceArray, not available yet");
    }
    return MeanFieldArray.of(responses, spec.dwMin(), new double[responses.length],
        spec.noise() ? streams.stream(RandomStreams.PULSE_TRAIN, index) : null);
  }
}

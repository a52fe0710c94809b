package io.github.rider.algorithms;

import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;
import java.util.function.Consumer;

/** Test helpers: build the arrays of a spec by hand to run variants the factory does not offer. */
final class Runs {

  private Runs() {}

  /** The pieces the factory would build for {@code spec} (mean-field mode). */
  record Setup(Objective objective, MeanFieldArray p, MeanFieldArray w, double[] sp,
      RandomStreams streams) {}

  static Setup setup(SyntheticRunSpec spec) {
    RandomStreams streams = RandomStreams.of(spec.seed());
    int d = spec.dim();
    double[] sp = new double[d];
    var ref = streams.stream(RandomStreams.REFERENCE);
    for (int i = 0; i < d; i++) {
      sp[i] = spec.spMean() + spec.spStd() * ref.nextGaussian();
    }
    var p = MeanFieldArray.of(SyntheticRunFactory.responses(spec.deviceP(), sp, spec.tau()),
        spec.dwMin(), new double[d],
        spec.noise() ? streams.stream(RandomStreams.PULSE_TRAIN, Streams.P_ARRAY) : null);
    var w = MeanFieldArray.of(SyntheticRunFactory.responses(spec.deviceW(), new double[d],
        spec.tau()), spec.dwMin(), new double[d],
        spec.noise() ? streams.stream(RandomStreams.PULSE_TRAIN, Streams.W_ARRAY) : null);
    return new Setup(SyntheticRunFactory.objective(spec), p, w, sp, streams);
  }

  /** E-RIDER on the spec's set-up with the given options and a mutation hook. */
  static TrainingResult erider(SyntheticRunSpec spec, ERiderOptions options,
      Consumer<ERider> tweak) {
    Setup s = setup(spec);
    ERider e = new ERider(s.objective(), s.p(), s.w(), new double[spec.dim()], spec.steps(),
        spec.chopProb(), options, s.streams());
    tweak.accept(e);
    return e.run(RunSettings.of(spec.iters(), spec.stride()));
  }

  /** RIDER on the spec's set-up with a mutation hook. */
  static TrainingResult rider(SyntheticRunSpec spec, Consumer<Rider> tweak) {
    Setup s = setup(spec);
    Rider r = new Rider(s.objective(), s.p(), s.w(), new double[spec.dim()], spec.steps(),
        s.streams());
    tweak.accept(r);
    return r.run(RunSettings.of(spec.iters(), spec.stride()));
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }
}

package io.github.rider.algorithms;

import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;
import java.util.function.Consumer;

/** Test helpers: build the arrays of a spec by hand to run variants the factory does not offer. */
final class Runs {

  private Runs() {}

  /** The objective, P's symmetric points and the streams the factory uses for a spec. */
  record Setup(Objective objective, double[] sp, RandomStreams streams) {}

  static Setup setup(SyntheticRunSpec spec) {
    RandomStreams streams = RandomStreams.of(spec.seed());
    double[] sp = new double[spec.dim()];
    var ref = streams.stream(RandomStreams.REFERENCE);
    for (int i = 0; i < sp.length; i++) {
      sp[i] = spec.spMean() + spec.spStd() * ref.nextGaussian();
    }
    return new Setup(SyntheticRunFactory.objective(spec), sp, streams);
  }

  /** The factory's E-RIDER for the spec with the given options and a mutation hook. */
  static TrainingResult erider(SyntheticRunSpec spec, ERiderOptions options,
      Consumer<ERider> tweak) {
    ERider e = (ERider) SyntheticRunFactory.create(spec.withAlgorithm("erider"), options);
    tweak.accept(e);
    return e.run(RunSettings.of(spec.iters(), spec.stride()));
  }

  /** The factory's RIDER for the spec with a mutation hook. */
  static TrainingResult rider(SyntheticRunSpec spec, Consumer<Rider> tweak) {
    Rider r = (Rider) SyntheticRunFactory.create(spec.withAlgorithm("rider"));
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

package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;

/** Residual learning with a reference Q that training never moves (eta is ignored). */
abstract class StaticReferenceTrainer extends ResidualTrainer {

  final double[] reference;

  StaticReferenceTrainer(Objective objective, AnalogArray p, AnalogArray w, double[] reference,
      StepSizes steps, RandomStreams streams) {
    super(objective, p, w, steps, streams);
    this.reference = checkedReference("reference", reference, objective.dimension());
  }

  @Override
  final void step(long k) {
    unchoppedStep(reference);
  }

  @Override
  final double[] reference() {
    return reference;
  }
}

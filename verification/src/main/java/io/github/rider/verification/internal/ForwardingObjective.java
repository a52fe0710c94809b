package io.github.rider.verification.internal;

import io.github.rider.algorithms.problem.Objective;
import io.github.rider.algorithms.problem.ObjectiveConstants;
import java.util.random.RandomGenerator;

/**
 * An {@link Objective} that passes every call to another; subclasses override
 * {@link #stochasticGradient} to observe the iterates an algorithm asks a gradient at. Not API.
 */
public abstract class ForwardingObjective implements Objective {

  protected final Objective f;

  protected ForwardingObjective(Objective f) {
    this.f = f;
  }

  @Override
  public void stochasticGradient(double[] w, RandomGenerator rng, double[] out) {
    f.stochasticGradient(w, rng, out);
  }

  @Override
  public String name() {
    return f.name();
  }

  @Override
  public int dimension() {
    return f.dimension();
  }

  @Override
  public double value(double[] x) {
    return f.value(x);
  }

  @Override
  public void gradient(double[] x, double[] out) {
    f.gradient(x, out);
  }

  @Override
  public double[] optimum() {
    return f.optimum();
  }

  @Override
  public ObjectiveConstants constants() {
    return f.constants();
  }
}

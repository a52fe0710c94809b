package io.github.rider.verification.rider;

import io.github.rider.device.ResponseFunction;
import io.github.rider.verification.gen.PlantedQuadratic;

/**
 * RIDER's state at one iteration: the analog W and P and the digital reference Q, one entry per
 * coordinate (defensive copies).
 *
 * @param w W_k
 * @param p P_k
 * @param q Q_k
 */
public record RiderState(double[] w, double[] p, double[] q) {

  public RiderState {
    if (w.length != p.length || q.length != p.length) {
      throw new IllegalArgumentException("W, P and Q must have equal lengths, were " + w.length + ", " + p.length
          + ", " + q.length);
    }
    w = w.clone();
    p = p.clone();
    q = q.clone();
  }

  /** W = P = Q = 0 in dimension d. */
  public static RiderState zero(int d) {
    return new RiderState(new double[d], new double[d], new double[d]);
  }

  @Override
  public double[] w() {
    return w.clone();
  }

  @Override
  public double[] p() {
    return p.clone();
  }

  @Override
  public double[] q() {
    return q.clone();
  }

  /**
   * The dimension, after checking that {@code f} has it and that there is one P and one W device per
   * coordinate.
   */
  int requireDimensionOf(PlantedQuadratic f, ResponseFunction[] pDev, ResponseFunction[] wDev) {
    int d = w.length;
    if (f.dimension() != d || pDev.length != d || wDev.length != d) {
      throw new IllegalArgumentException("a start state, one P and one W device per coordinate of the dimension "
          + f.dimension() + " required, had " + d + ", " + pDev.length + ", " + wDev.length);
    }
    return d;
  }

  /** The dimension. */
  public int dimension() {
    return w.length;
  }
}

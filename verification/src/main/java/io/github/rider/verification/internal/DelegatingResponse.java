package io.github.rider.verification.internal;

import io.github.rider.device.ResponseFunction;
import io.github.rider.theory.ResponseConstants;

/** A response that forwards every method to {@code base}; subclasses override one to break it. Not API. */
public class DelegatingResponse implements ResponseFunction {

  private final ResponseFunction base;

  public DelegatingResponse(ResponseFunction base) {
    this.base = base;
  }

  /** q+ and q- exchanged (G with the wrong sign), the claimed SP kept. */
  public static ResponseFunction swapped(ResponseFunction base) {
    return new DelegatingResponse(base) {
      @Override
      public double qPlus(double w) {
        return base.qMinus(w);
      }

      @Override
      public double qMinus(double w) {
        return base.qPlus(w);
      }

      @Override
      public double dqPlus(double w) {
        return base.dqMinus(w);
      }

      @Override
      public double dqMinus(double w) {
        return base.dqPlus(w);
      }
    };
  }

  /** Up steps {@code factor} times larger than the base response's (a biased pulse model). */
  public static ResponseFunction biasedUp(ResponseFunction base, double factor) {
    return new DelegatingResponse(base) {
      @Override
      public double qPlus(double w) {
        return factor * base.qPlus(w);
      }

      @Override
      public double dqPlus(double w) {
        return factor * base.dqPlus(w);
      }
    };
  }

  /** The same response claiming the symmetric point {@code sp}. */
  public static ResponseFunction claimingSymmetricPoint(ResponseFunction base, double sp) {
    return new DelegatingResponse(base) {
      @Override
      public double symmetricPoint() {
        return sp;
      }
    };
  }

  @Override
  public double qPlus(double w) {
    return base.qPlus(w);
  }

  @Override
  public double qMinus(double w) {
    return base.qMinus(w);
  }

  @Override
  public double wMin() {
    return base.wMin();
  }

  @Override
  public double wMax() {
    return base.wMax();
  }

  @Override
  public boolean hasDerivatives() {
    return base.hasDerivatives();
  }

  @Override
  public double dqPlus(double w) {
    return base.dqPlus(w);
  }

  @Override
  public double dqMinus(double w) {
    return base.dqMinus(w);
  }

  @Override
  public double symmetricPoint() {
    return base.symmetricPoint();
  }

  @Override
  public ResponseConstants constants(double lo, double hi) {
    return base.constants(lo, hi);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + base + "]";
  }
}

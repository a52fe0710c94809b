package io.github.rider.theory;

/**
 * The explicit step-size conditions used in the proof of Theorem 3.7 (App. E of arXiv 2602.21321;
 * docs/algorithms.md §4 lists them). Each is "value &lt;= limit" except {@link #BETA_PRESCRIBED},
 * an equality checked to a relative tolerance of {@value #BETA_RELATIVE_TOLERANCE} (room for a
 * rounded input).
 */
public enum RiderConstraint {
  /** beta = alpha gamma mu q_min^3 / (4 sqrt(34) q_max^3). */
  BETA_PRESCRIBED("beta = alpha gamma mu q_min^3 / (4 sqrt(34) q_max^3)") {
    @Override
    public double limit(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
      return Theorem3_7RiderConvergence.betaPrescribed(p, d, s.alpha(), s.gamma());
    }

    @Override
    public boolean holds(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
      return Math.abs(s.beta() - limit(p, d, s)) <= BETA_RELATIVE_TOLERANCE * limit(p, d, s);
    }
  },
  /** eta &lt;= alpha mu q_min^4 / (52 q_max^3). */
  ETA_BY_ALPHA("eta <= alpha mu q_min^4 / (52 q_max^3)") {
    @Override
    public double limit(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
      return s.alpha() * p.mu() * Math.pow(d.qMin(), 4) / (52 * Math.pow(d.qMax(), 3));
    }
  },
  /** eta &lt;= beta q_max^2 / (gamma q_min). */
  ETA_BY_BETA("eta <= beta q_max^2 / (gamma q_min)") {
    @Override
    public double limit(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
      return s.beta() * d.qMax() * d.qMax() / (s.gamma() * d.qMin());
    }
  },
  /** alpha &lt;= 1 / (2 gamma L q_max) (Lemma E.1). */
  ALPHA_LEMMA_E1("alpha <= 1 / (2 gamma L q_max)") {
    @Override
    public double limit(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
      return 1 / (2 * s.gamma() * p.l() * d.qMax());
    }
  },
  /** alpha &lt;= q_max / (q_min^2 gamma L). */
  ALPHA_BY_QMAX_OVER_QMIN2("alpha <= q_max / (q_min^2 gamma L)") {
    @Override
    public double limit(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
      return d.qMax() / (d.qMin() * d.qMin() * s.gamma() * p.l());
    }
  },
  /** alpha &lt;= 2 q_max / (3 q_min gamma L). */
  ALPHA_BY_QMAX_OVER_QMIN("alpha <= 2 q_max / (3 q_min gamma L)") {
    @Override
    public double limit(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
      return 2 * d.qMax() / (3 * d.qMin() * s.gamma() * p.l());
    }
  },
  /** beta &lt;= gamma / (2 q_max) (Lemma E.2). */
  BETA_LEMMA_E2("beta <= gamma / (2 q_max)") {
    @Override
    public double limit(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
      return s.gamma() / (2 * d.qMax());
    }
  },
  /** beta &lt;= gamma / q_max. */
  BETA_BY_GAMMA("beta <= gamma / q_max") {
    @Override
    public double limit(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
      return s.gamma() / d.qMax();
    }
  };

  /** Relative tolerance of the equality {@link #BETA_PRESCRIBED}. */
  public static final double BETA_RELATIVE_TOLERANCE = 1e-9;

  private final String formula;

  RiderConstraint(String formula) {
    this.formula = formula;
  }

  /** The condition as a formula. */
  public String formula() {
    return formula;
  }

  /** The right-hand side (the limit, or the prescribed value for BETA_PRESCRIBED). */
  public abstract double limit(ProblemConstants p, DeviceConstants d, RiderStepSizes s);

  /** The step size the condition constrains (eta, alpha or beta). */
  public double value(RiderStepSizes s) {
    switch (this) {
      case ETA_BY_ALPHA:
      case ETA_BY_BETA:
        return s.eta();
      case ALPHA_LEMMA_E1:
      case ALPHA_BY_QMAX_OVER_QMIN2:
      case ALPHA_BY_QMAX_OVER_QMIN:
        return s.alpha();
      default:
        return s.beta();
    }
  }

  /** Whether the condition holds. */
  public boolean holds(ProblemConstants p, DeviceConstants d, RiderStepSizes s) {
    return value(s) <= limit(p, d, s);
  }
}

package io.github.rider.verification.theorem37;

import io.github.rider.algorithms.Rider;
import io.github.rider.algorithms.RunSettings;
import io.github.rider.algorithms.StepSizes;
import io.github.rider.algorithms.TrainingResult;
import io.github.rider.algorithms.array.MeanFieldArray;
import io.github.rider.algorithms.problem.StronglyConvexQuadratic;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.theory.DeviceConstants;
import io.github.rider.theory.ProblemConstants;
import io.github.rider.theory.RiderStepSizes;
import io.github.rider.verification.contract.DeviceContract;
import java.util.ArrayList;
import java.util.List;

/**
 * One RIDER step from a state of the stationary set (W = W_inf, P = Q = P_inf), with the exact
 * expectation over the gradient sample (quadrature over xi), against the one-step inequalities of
 * the proof of Theorem 3.7 in App. E of arXiv 2602.21321: Lemma E.1 in the form (52), Lemma E.2
 * (53), Lemma E.3 (54) and the per-step descent (71). The step itself is the production
 * {@link Rider} (one iteration on noise-free {@link MeanFieldArray}s, the sample fixed per node).
 * Every entry is written as a change: "E[X_{k+1}] - X_k &lt;= right side - X_k".
 */
final class ProofSteps {

  /**
   * One inequality at the stationary state.
   *
   * @param name    where it comes from
   * @param lhs     E[X_{k+1}] - X_k
   * @param rhs     its bound minus X_k
   */
  record Step(String name, double lhs, double rhs) {
    boolean holds() {
      return lhs <= rhs;
    }
  }

  private ProofSteps() {}

  /** The inequalities at K (step sizes of K), C_2 at both ends of its interval for (71). */
  static List<Step> at(Theorem37Instance x, long k) {
    Theorem37Instance.Stationary st = x.stationary();
    RiderStepSizes s = x.steps(k);
    ProblemConstants pc = x.problem();
    DeviceConstants d = x.device();
    LinearResponse pd = x.pDevice();
    double alpha = s.alpha();
    double beta = s.beta();
    double gamma = s.gamma();
    double mu = x.mu();
    double sigma = x.noiseStd();
    double qMin = d.qMin();
    double qMax = d.qMax();
    double p0 = st.p();
    double w0 = st.w();
    double grad = mu * w0;
    double g = pd.g(p0);
    double f = pd.f(p0);
    double mp = pd.qPlus(p0) * pd.qMinus(p0);
    double sp = x.symmetricPoint();
    double phi0 = DeviceContract.potentialGap(pd, sp, p0);
    double pStar = p0 + (0 - w0) / gamma;
    double d0 = -w0 / gamma;
    double gap0 = mu / 2 * w0 * w0;

    double[][] rule = Quadrature.rule(-grad / sigma);
    double eGapFixedW = 0;
    double eGap1 = 0;
    double eDist1 = 0;
    double ePhi1 = 0;
    double eZeta = 0;
    double ePStar = 0;
    for (int i = 0; i < rule[0].length; i++) {
      double z = rule[0][i];
      double wt = rule[1][i];
      double[] next = step(x, s, w0, p0, z);
      double p1 = next[0];
      double w1 = next[1];
      double q1 = next[2];
      double mixedFixedW = w0 + gamma * (p1 - p0);
      double mixed1 = w1 + gamma * (p1 - q1);
      double zeta = p1 - p0 + alpha * sigma * z * f;
      eGapFixedW += wt * mu / 2 * mixedFixedW * mixedFixedW;
      eGap1 += wt * mu / 2 * mixed1 * mixed1;
      eDist1 += wt * w1 * w1;
      ePhi1 += wt * DeviceContract.potentialGap(pd, sp, p1);
      eZeta += wt * zeta * zeta;
      ePStar += wt * (p1 - pStar) * (p1 - pStar);
    }
    double l = pc.l();
    double cStar = pc.cStar();
    List<Step> out = new ArrayList<>();
    out.add(new Step("Lemma E.1, (52): E f(W_k + gamma (P_{k+1} - Q_k))", eGapFixedW - gap0,
        -alpha * gamma / (2 * qMax) * mp * grad * grad + alpha * gamma * sigma * sigma / 2 * g * g / f
            + alpha * alpha * gamma * gamma * l * qMax * qMax * sigma * sigma));
    out.add(new Step("Lemma E.2, (53): E ||P*(W_{k+1}, Q_{k+1}) - Q_{k+1}||^2", eDist1 / (gamma * gamma) - d0 * d0,
        -beta / (2 * gamma * qMax) * d0 * d0 - beta / (2 * gamma * qMax) * d0 * d0
            + 2 * beta * Math.pow(qMax, 3) / gamma * ePStar + 2 * beta * beta / (gamma * gamma) * ePStar));
    out.add(new Step("Lemma E.3, (54): E phi(P_{k+1})", ePhi1 - phi0,
        -alpha * cStar / 2 * g * g + alpha * alpha * l * qMax * qMax * sigma * sigma
            + alpha * qMax * qMax / (2 * cStar) * grad * grad + l * eZeta));
    double c1 = x.c1();
    double c0 = mu * Math.pow(qMin, 5) / (16 * Math.sqrt(34) * Math.pow(qMax, 4));
    double rhs71 = -c0 * alpha * (gap0 + c1 * d0 * d0 + g * g) + 5 * alpha * alpha * l * qMax * qMax * sigma * sigma;
    for (double c2 : new double[] {x.c2Interval().lower(), x.c2Interval().upper()}) {
      double dv = eGap1 - gap0 + c1 * (eDist1 - w0 * w0) / (gamma * gamma) + c2 * (ePhi1 - phi0);
      out.add(new Step(String.format(java.util.Locale.ROOT, "per-step descent (71): E V_{k+1}, C_2 = %.4g", c2),
          dv, rhs71));
    }
    return out;
  }

  /** P_{k+1}, W_{k+1}, Q_{k+1} after one production RIDER step from (W, P = Q) with sample xi = z. */
  private static double[] step(Theorem37Instance x, RiderStepSizes s, double w, double p, double z) {
    MeanFieldArray pa = MeanFieldArray.of(new ResponseFunction[] {x.pDevice()}, Theorem37Instance.NOMINAL_DW_MIN,
        new double[] {p}, null);
    MeanFieldArray wa = MeanFieldArray.of(new ResponseFunction[] {x.wDevice()}, Theorem37Instance.NOMINAL_DW_MIN,
        new double[] {w}, null);
    RandomStreams streams = RandomStreams.of(0);
    RecordingObjective f = RecordingObjective.fixedNoise(
        StronglyConvexQuadratic.of(1, x.mu(), 1, x.noiseStd(), 0, streams.stream(RandomStreams.DATA)), x.noiseStd(), z);
    TrainingResult r = new Rider(f, pa, wa, new double[] {p}, StepSizes.of(s), streams).run(RunSettings.of(1, 1));
    return new double[] {pa.read(0), r.finalW()[0], r.finalQ()[0]};
  }
}

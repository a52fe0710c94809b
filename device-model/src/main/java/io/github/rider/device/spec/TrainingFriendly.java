package io.github.rider.device.spec;

import io.github.rider.device.ResponseFunction;
import java.util.Optional;

/**
 * Definition 2.1 of the paper ("training-friendly" response functions) checked on a spec's
 * nominal device: q+ and q- finite and positive on the device's weight range [w_min, w_max], and a
 * response granularity dw_min that changes a weight of that range in double precision. The
 * responses are evaluated at {@value #POINTS} evenly spaced interior points (a saturating family
 * such as soft-bounds has q+(w_max) = 0 exactly at the bound, which the definition's q_min &gt; 0
 * keeps the state away from).
 */
public final class TrainingFriendly {

  /** Interior points at which q+ and q- are evaluated. */
  static final int POINTS = 1001;

  private TrainingFriendly() {}

  /** What violates Definition 2.1 on {@code spec}'s nominal device, or empty when nothing does. */
  public static Optional<String> violation(DeviceSpec spec) {
    double lo = spec.bounds().wMin();
    double hi = spec.bounds().wMax();
    double scale = Math.max(Math.abs(lo), Math.abs(hi));
    double eps = Math.ulp(scale);
    if (!(spec.dwMin() >= eps)) {
      return Optional.of("dwMin = " + spec.dwMin() + " is below the double-precision spacing "
          + eps + " of weights on [" + lo + ", " + hi + "], so a pulse would not change the weight");
    }
    ResponseFunction r = spec.nominalResponse();
    for (int k = 1; k <= POINTS; k++) {
      double w = lo + (hi - lo) * k / (POINTS + 1);
      String bad = bad("q+", r.qPlus(w), w);
      if (bad == null) {
        bad = bad("q-", r.qMinus(w), w);
      }
      if (bad != null) {
        return Optional.of(bad + " on [w_min, w_max] = [" + lo + ", " + hi + "]; Definition 2.1"
            + " needs q+ and q- finite and > 0 there");
      }
    }
    return Optional.empty();
  }

  private static String bad(String name, double q, double w) {
    return Double.isFinite(q) && q > 0 ? null : name + "(" + w + ") = " + q;
  }
}

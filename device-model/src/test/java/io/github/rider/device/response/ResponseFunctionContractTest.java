package io.github.rider.device.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceParameters;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.DeviceSpecJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link ResponseFunction} contract, checked on the nominal response of every family default
 * and preset and on drawn devices of each: F = (q- + q+)/2, G = (q- - q+)/2 (eqs. 6a, 6b); the SP
 * lies in the range and is a zero of G or an attracting bound; the shifted view moves q, range
 * and SP by the reference; analytic derivatives agree with central differences.
 */
class ResponseFunctionContractTest {

  private static List<ResponseFunction> responses() {
    List<DeviceSpec> specs = new ArrayList<>();
    for (String f : DeviceSpecJson.families()) {
      specs.add(DeviceSpecJson.defaults(f));
    }
    for (String p : DevicePresets.names()) {
      specs.add(DevicePresets.get(p));
    }
    List<ResponseFunction> out = new ArrayList<>();
    for (DeviceSpec s : specs) {
      out.add(s.nominalResponse());
      DeviceArray a = DeviceArray.create(s, 20, RandomStreams.of(31));
      for (int i = 0; i < a.size(); i++) {
        out.add(a.response(i));
      }
    }
    return out;
  }

  /** The allocation-free kernels of the specs equal their response objects exactly. */
  @Test
  void specKernelsEqualTheirResponses() {
    java.util.random.RandomGenerator r = RandomStreams.of(3).stream("kernel");
    for (String f : DeviceSpecJson.families()) {
      DeviceSpec s = DeviceSpecJson.defaults(f);
      if (s instanceof io.github.rider.device.spec.PiecewiseStepSpec pw) {
        s = pw.withPiecewise(new double[] {2, 1, 0.5}, new double[] {1, 1, 3});
      }
      DeviceParameters p = DeviceParameters.draw(s.withPulsed(s.pulsed().withDwMinDtod(0.2)
          .withUpDownDtod(0.05)), 50, r::nextGaussian);
      for (int i = 0; i < p.size(); i++) {
        ResponseFunction q = s.response(p, i);
        for (int k = 0; k <= 10; k++) {
          double g = q.wMin() + (q.wMax() - q.wMin()) * k / 10.0;
          assertThat(s.qPlus(p, i, g)).as(f).isEqualTo(q.qPlus(g));
          assertThat(s.qMinus(p, i, g)).as(f).isEqualTo(q.qMinus(g));
        }
      }
    }
  }

  private static ResponseFunction base(ResponseFunction q) {
    return q instanceof ShiftedResponse s ? s.base() : q;
  }

  @Test
  void contractHoldsForEveryFamilyAndPreset() {
    for (ResponseFunction q : responses()) {
      double lo = q.wMin();
      double hi = q.wMax();
      assertThat(lo).as("%s", q).isLessThanOrEqualTo(hi);
      double sp = q.symmetricPoint();
      assertThat(sp).as("%s", q).isBetween(lo, hi);
      double scale = Math.max(1, Math.abs(q.qPlus(sp)) + Math.abs(q.qMinus(sp)));
      if (sp > lo && sp < hi) {
        assertThat(q.g(sp)).as("G(SP) of %s", q).isCloseTo(0, within(1e-9 * scale));
      } else {
        assertThat(sp == lo ? q.g(sp) : -q.g(sp)).as("%s", q).isGreaterThanOrEqualTo(-1e-12);
      }
      for (int k = 0; k <= 20; k++) {
        double w = lo + (hi - lo) * k / 20.0;
        assertThat(q.f(w)).isCloseTo(0.5 * (q.qMinus(w) + q.qPlus(w)), within(1e-15 * scale));
        assertThat(q.g(w)).isCloseTo(0.5 * (q.qMinus(w) - q.qPlus(w)), within(1e-15 * scale));
        ResponseFunction s = q.shifted(0.25);
        assertThat(s.qPlus(w - 0.25)).isCloseTo(q.qPlus(w), within(1e-12 * scale));
        if (q.hasDerivatives() && k > 0 && k < 20) {
          double h = 1e-7 * (hi - lo);
          double fdPlus = (q.qPlus(w + h) - q.qPlus(w - h)) / (2 * h);
          double fdMinus = (q.qMinus(w + h) - q.qMinus(w - h)) / (2 * h);
          double tol = 1e-4 * Math.max(1, Math.abs(fdPlus) + Math.abs(fdMinus)) / (hi - lo);
          if (!(base(q) instanceof PiecewiseStepResponse)) { // kinks at the nodes
            assertThat(q.dqPlus(w)).as("dq+ of %s at %s", q, w).isCloseTo(fdPlus, within(tol));
            assertThat(q.dqMinus(w)).as("dq- of %s at %s", q, w).isCloseTo(fdMinus, within(tol));
          }
        }
      }
      ResponseFunction s = q.shifted(0.25);
      assertThat(s.wMin()).isCloseTo(lo - 0.25, within(1e-15));
      assertThat(s.wMax()).isCloseTo(hi - 0.25, within(1e-15));
      assertThat(s.symmetricPoint()).isCloseTo(sp - 0.25, within(1e-12));
    }
  }
}

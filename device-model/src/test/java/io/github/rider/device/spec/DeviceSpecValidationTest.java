package io.github.rider.device.spec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.response.SoftBoundsResponse;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid parameters are rejected with a message that names the parameter. */
class DeviceSpecValidationTest {

  private static final PulsedParams P = PulsedParams.AIHWKIT_DEFAULTS;
  private static final Bounds B = Bounds.AIHWKIT_DEFAULTS;

  static Stream<Arguments> invalid() {
    return Stream.of(
        bad("dwMin", () -> P.withDwMin(Double.NaN)),
        bad("dwMin", () -> P.withDwMin(-0.001)),
        bad("dwMin", () -> P.withDwMin(0)),
        bad("dwMin", () -> P.withDwMin(Double.POSITIVE_INFINITY)),
        bad("dwMinDtod", () -> P.withDwMinDtod(-0.1)),
        bad("dwMinStd", () -> P.withDwMinStd(Double.NaN)),
        bad("upDown", () -> P.withUpDown(Double.NaN)),
        bad("upDownDtod", () -> P.withUpDownDtod(-1)),
        bad("writeNoiseStd", () -> P.withWriteNoiseStd(-1)),
        bad("referenceMean", () -> P.withReferenceMean(Double.NaN)),
        bad("referenceStd", () -> P.withReferenceStd(-0.05)),
        bad("wMin", () -> B.withWMin(0.1)),
        bad("wMax", () -> B.withWMax(-0.1)),
        bad("wMax", () -> B.withWMax(Double.NaN)),
        bad("wMaxDtod", () -> B.withWMaxDtod(-0.3)),
        bad("writeNoiseStd", () -> ConstantStepSpec.DEFAULTS.withWriteNoiseStd(1)),
        bad("gammaUp", () -> LinearStepSpec.DEFAULTS.withGammaUp(Double.NaN)),
        bad("gammaDownDtod", () -> LinearStepSpec.DEFAULTS.withGammaDownDtod(-0.1)),
        bad("wMax", () -> LinearStepSpec.DEFAULTS.withGammaUp(0.5).withBounds(B.withWMax(0))),
        bad("powGamma", () -> PowStepSpec.DEFAULTS.withPowGamma(Double.NaN)),
        bad("powGammaDtod", () -> PowStepSpec.DEFAULTS.withPowGammaDtod(-1)),
        bad("aUp", () -> ExpStepSpec.DEFAULTS.withAUp(Double.POSITIVE_INFINITY)),
        bad("piecewiseUp", () -> PiecewiseStepSpec.DEFAULTS.withPiecewiseUp(new double[0])),
        bad("piecewiseDown[1]",
            () -> new PiecewiseStepSpec(P, B, new double[] {1, 1}, new double[] {1, Double.NaN})),
        bad("equal length", () -> PiecewiseStepSpec.DEFAULTS.withPiecewiseUp(new double[] {1, 2})),
        bad("alphaPlus", () -> LinearSpec.DEFAULTS.withAlphaPlus(0)),
        bad("tauMin", () -> LinearSpec.DEFAULTS.withTauMin(-1)),
        bad("tauMax", () -> LinearSpec.DEFAULTS.withTauMax(Double.NaN)),
        bad("tau", () -> PowerSpec.DEFAULTS.withTau(0)),
        bad("gammaRes", () -> ExponentialSpec.DEFAULTS.withGammaRes(Double.NaN)),
        bad("sp", () -> AldSpec.DEFAULTS.withSp(1.5)),
        bad("pulsed", () -> new SoftBoundsSpec(null, B)),
        bad("bMin must be <= bMax", () -> new SoftBoundsResponse(1, 1, 0.5, -0.5)),
        bad("tauMax", () -> new LinearResponse(1, 1, -1, 1)),
        bad("alphaMinus", () -> new LinearResponse(1, Double.NaN, 1, 1)));
  }

  private static Arguments bad(String name, ThrowingCallable make) {
    return Arguments.of(name, make);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void rejectedWithMessageNamingTheParameter(String name, ThrowingCallable make) {
    assertThatThrownBy(make).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }
}

package io.github.rider.verification.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rider.algorithms.StepSizes;
import io.github.rider.algorithms.ZeroShifting.Variant;
import io.github.rider.device.ResponseFunction;
import io.github.rider.device.response.AldResponse;
import io.github.rider.device.response.LinearResponse;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.verification.contract.DeviceUnderTest;
import io.github.rider.verification.gen.DeviceGens;
import io.github.rider.verification.gen.Gens;
import io.github.rider.verification.gen.PlantedQuadratic;
import io.github.rider.verification.rider.ProductionRider;
import io.github.rider.verification.rider.RiderRun;
import io.github.rider.verification.rider.RiderSimulation;
import io.github.rider.verification.sgd.ProductionSgd;
import io.github.rider.verification.sgd.SgdSimulation;
import io.github.rider.verification.zs.ProductionZs;
import io.github.rider.verification.zs.ZsImplementation;
import io.github.rider.verification.zs.ZsSimulation;
import io.github.rider.verification.zs.ZsTrajectory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The independent oracles of the verification module agree with the production implementations
 * that the property suites run, on the same inputs and random streams: so a property that holds on
 * one holds on the other, and the oracles stay a check of the production code.
 */
class ProductionMatchesOracleTest {

  /**
   * Zero-shifting: the pulsed array's pulse is the oracle's w + dw_min q+-(w) (bit for bit); the
   * mean-field array's pulse is eq. (7), w + eps F - |eps| G, which equals it up to rounding
   * (F - G = q+ in exact arithmetic): agreement to {@value #ZS_TOLERANCE} relative to the range.
   */
  static final double ZS_TOLERANCE = 1e-9;

  @Test
  void zeroShiftingOnBothArraysMatchesTheOracle() {
    List<DeviceUnderTest> devices = Gens.sample(DeviceGens.monotoneDevice(0.01), 8, 11);
    for (DeviceUnderTest d : devices) {
      ResponseFunction rf = d.response();
      double scale = d.hi() - d.lo();
      for (Variant v : Variant.values()) {
        ZsTrajectory oracle = ZsSimulation.ORACLE.run(rf, d.dwMin(), d.hi(), 5000, v, stream(3));
        for (ZsImplementation impl : List.of(ProductionZs.MEAN_FIELD, ProductionZs.PULSED)) {
          ZsTrajectory t = impl.run(rf, d.dwMin(), d.hi(), 5000, v, stream(3));
          String what = impl.name() + " " + v + " on " + d;
          assertThat(t.last()).as(what).isCloseTo(oracle.last(), within(ZS_TOLERANCE * scale));
          assertThat(t.visitedMin()).as(what).isCloseTo(oracle.visitedMin(), within(ZS_TOLERANCE * scale));
          assertThat(t.visitedMax()).as(what).isCloseTo(oracle.visitedMax(), within(ZS_TOLERANCE * scale));
          assertThat(t.meanGSquared()).as(what)
              .isCloseTo(oracle.meanGSquared(), within(ZS_TOLERANCE * Math.max(1e-12, oracle.meanGSquared())));
          assertThat(t.meanSquaredDeviation()).as(what).isCloseTo(oracle.meanSquaredDeviation(),
              within(ZS_TOLERANCE * scale * scale));
        }
      }
    }
  }

  /** RIDER: the production Rider and the oracle perform the same floating-point operations: bit for bit, with and without the noise b. */
  @Test
  void riderMatchesTheOracleBitForBit() {
    PlantedQuadratic f = new PlantedQuadratic(new double[] {3, 4.5}, new double[] {0.1, -0.15}, 0.3);
    ResponseFunction[] p = {new LinearResponse(1.05, 0.95, 4, 5), new LinearResponse(0.97, 1.03, 5, 3.5)};
    ResponseFunction[] w = {new LinearResponse(1.02, 0.98, 4, 4), new LinearResponse(1, 1, 5, 5)};
    StepSizes s = new StepSizes(0.02, 0.01, 0.005, 0.7);
    for (double noise : new double[] {0, 1}) {
      RiderRun a = ProductionRider.RIDER.run(f, p, w, s, 3000, 1e-3, noise, RandomStreams.of(5));
      RiderRun b = RiderSimulation.ORACLE.run(f, p, w, s, 3000, 1e-3, noise, RandomStreams.of(5));
      assertThat(a).as("noise factor " + noise).isEqualTo(b);
    }
  }

  /**
   * Analog SGD: the same samples; the production array clips to the device range and the ALD
   * response computes F and G in closed form, so agreement is to rounding over 20 000 steps:
   * {@value #SGD_TOLERANCE} absolute on each batch mean.
   */
  static final double SGD_TOLERANCE = 1e-9;

  @Test
  void analogSgdMatchesTheOracle() {
    PlantedQuadratic f = new PlantedQuadratic(new double[] {1.3}, new double[] {0.2}, 1.1);
    ResponseFunction rf = AldResponse.of(0.8, -0.25);
    double[] a = ProductionSgd.ANALOG_SGD.batchMeans(f, rf, 1e-3, 2000, 10, RandomStreams.of(9));
    double[] b = SgdSimulation.ORACLE.batchMeans(f, rf, 1e-3, 2000, 10, RandomStreams.of(9));
    for (int i = 0; i < a.length; i++) {
      assertThat(a[i]).as("batch " + i).isCloseTo(b[i], within(SGD_TOLERANCE));
    }
  }

  private static java.util.random.RandomGenerator stream(long seed) {
    return RandomStreams.of(seed).stream(RandomStreams.PULSE_TRAIN);
  }
}

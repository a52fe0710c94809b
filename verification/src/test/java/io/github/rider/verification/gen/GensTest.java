package io.github.rider.verification.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.verification.contract.DeviceUnderTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generators stay in their documented ranges, are reproducible, and the sampler returns n draws. */
class GensTest {

  @Test
  void sameSeedSameSamplesAndExactlyN() {
    List<Double> a = Gens.sample(Gens.uniform(0, 1), 300, 5);
    assertThat(a).hasSize(300).isEqualTo(Gens.sample(Gens.uniform(0, 1), 300, 5));
    assertThat(a).isNotEqualTo(Gens.sample(Gens.uniform(0, 1), 300, 6));
    assertThat(a).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
  }

  /** log-uniform: about half of the draws below the geometric mean (binomial, 2000 draws, |z| < 5). */
  @Test
  void logUniformIsUniformInLog() {
    List<Double> xs = Gens.sample(Gens.logUniform(1e-4, 1), 2000, 11);
    long below = xs.stream().filter(x -> x < 1e-2).count();
    assertThat(xs).allSatisfy(x -> assertThat(x).isBetween(1e-4, 1.0));
    assertThat(Math.abs(below - 1000) / Math.sqrt(500)).isLessThan(5);
  }

  @Test
  void standardNormalIsTruncatedAtThreeSigma() {
    assertThat(Gens.sample(Gens.standardNormal(), 500, 3)).allSatisfy(x -> assertThat(Math.abs(x)).isLessThanOrEqualTo(3.0));
  }

  @Test
  void devicesAreInsideTheirRangesWithTheirSymmetricPointInTheOperatingInterval() {
    List<DeviceUnderTest> ds = Gens.sample(DeviceGens.anyDevice(DeviceGens.DW_MIN_MAX), 200, 1);
    assertThat(ds).allSatisfy(d -> {
      assertThat(d.dwMin()).isBetween(DeviceGens.DW_MIN_MIN, DeviceGens.DW_MIN_MAX);
      assertThat(d.lo()).isGreaterThanOrEqualTo(d.response().wMin());
      assertThat(d.hi()).isLessThanOrEqualTo(d.response().wMax());
    });
    assertThat(ds.stream().map(DeviceUnderTest::label).distinct().count()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void referenceOffsetsAndPresetsInRange() {
    assertThat(Gens.sample(DeviceGens.referenceOffset(), 100, 2)).allSatisfy(r -> {
      assertThat(r.mean()).isBetween(0.0, 0.4);
      assertThat(r.std()).isBetween(0.05, 1.0);
    });
    assertThat(Gens.sample(DeviceGens.perturbedPreset(), 30, 2)).hasSize(30);
  }
}

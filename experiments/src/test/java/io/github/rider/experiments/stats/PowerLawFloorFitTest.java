package io.github.rider.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PowerLawFloorFitTest {

  private static final double[] K = {1e3, 4e3, 1.6e4, 6.4e4, 2.56e5};

  private static double[] curve(double a, double s, double c) {
    double[] y = new double[K.length];
    for (int i = 0; i < K.length; i++) {
      y[i] = a * Math.pow(K[i], -s) + c;
    }
    return y;
  }

  @Test
  void recoversRateAndFloor() {
    PowerLawFloorFit f = PowerLawFloorFit.fit(K, curve(10, 0.5, 0.1));
    assertThat(f.s()).isCloseTo(0.5, within(0.005));
    assertThat(f.c()).isCloseTo(0.1, within(1e-6));
    assertThat(f.a()).isCloseTo(10, within(0.1));
  }

  @Test
  void tellsAFasterAndASlowerDecayFromHalf() {
    assertThat(PowerLawFloorFit.fit(K, curve(300, 1.0, 0.02)).s()).isCloseTo(1.0, within(0.01));
    assertThat(PowerLawFloorFit.fit(K, curve(1, 0.25, 0)).s()).isCloseTo(0.25, within(0.01));
  }

  @Test
  void needsThreePoints() {
    assertThat(PowerLawFloorFit.fit(new double[] {1, 2}, new double[] {1, 0.5}).s()).isNaN();
  }
}

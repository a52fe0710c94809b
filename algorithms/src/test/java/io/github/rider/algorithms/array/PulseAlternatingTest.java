package io.github.rider.algorithms.array;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.pulse.PulseScheme;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link PulsedArray#pulseAlternating} (the devices' block-by-block train) leaves weights and
 * counters exactly where the interface's definition, {@code pulseOnce} with alternating signs,
 * does.
 */
class PulseAlternatingTest {

  private static PulsedArray array() {
    DeviceArray d = DeviceArray.create(SoftBoundsSpec.DEFAULTS, 700, 128, RandomStreams.of(3));
    return PulsedArray.of(d, PulseScheme.deterministic(1), null);
  }

  @Test
  void pulsedArrayMatchesPulseOnceCalls() {
    PulsedArray fast = array();
    PulsedArray slow = array();
    fast.pulseAlternating(9, -1);
    int[] signs = new int[700];
    for (int t = 0; t < 9; t++) {
      Arrays.fill(signs, t % 2 == 0 ? -1 : 1);
      slow.pulseOnce(signs);
    }
    double[] a = new double[700];
    double[] b = new double[700];
    fast.read(a);
    slow.read(b);
    assertThat(a).containsExactly(b);
    assertThat(fast.pulsesFired()).isEqualTo(slow.pulsesFired()).isEqualTo(9 * 700);
    assertThat(fast.pulseCycles()).isEqualTo(slow.pulseCycles()).isEqualTo(9);
  }
}

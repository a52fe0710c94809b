package io.github.rider.device.pulse;

import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulse-response trace of one nominal device (for {@code rider pulse-response}): program the
 * effective weight w0, then fire a program of signed pulse blocks (e.g. +150, -300, +150), one
 * pulse at a time. Without noise this is exactly the per-pulse recursion of docs/devices.md §2,
 * w_{k+1} = clip(w_k + dwMin q+(w_k)) or clip(w_k - dwMin q-(w_k)), which is what AIHWKit
 * computes for the same (nominal) parameters, float32 aside (docs/pulse-update.md §4).
 */
public final class PulseTrace {

  /** One row: pulse index (1-based), direction +1/-1, effective weight after the pulse. */
  public record Row(int pulse, int direction, double weight) {}

  private PulseTrace() {}

  /**
   * The trace. With {@code noise} false, cycle-to-cycle and write noise are switched off (the
   * nominal device has no device-to-device variation either way; its reference is referenceMean,
   * plus its SP with subtractSymmetryPoint).
   *
   * @param spec    the device
   * @param w0      initial effective weight (clipped to the bounds)
   * @param program signed pulse counts, applied in order
   * @param seed    root seed of the noise streams
   * @param noise   keep the spec's cycle-to-cycle and write noise
   */
  public static List<Row> run(DeviceSpec spec, double w0, int[] program, long seed, boolean noise) {
    DeviceSpec s = noise ? spec : spec.withPulsed(spec.pulsed().withoutCycleNoise());
    DeviceArray device = DeviceArray.createNominal(s, 1, RandomStreams.of(seed));
    device.program(0, w0);
    List<Row> rows = new ArrayList<>();
    int k = 0;
    for (int block : program) {
      int dir = Integer.signum(block);
      for (int j = 0; j < Math.abs(block); j++) {
        device.pulse(0, dir);
        rows.add(new Row(++k, dir, device.read(0)));
      }
    }
    return rows;
  }

  /** Parses a pulse program like "+150,-300,+150" (whitespace allowed, zero blocks refused). */
  public static int[] parseProgram(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("pulse program must not be empty, e.g. +150,-300,+150");
    }
    String[] parts = text.split(",");
    int[] out = new int[parts.length];
    long total = 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].trim();
      try {
        out[i] = Integer.parseInt(p.startsWith("+") ? p.substring(1) : p);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "pulse program entry " + (i + 1) + " '" + p + "' is not a signed integer (e.g. +150)");
      }
      if (out[i] == 0) {
        throw new IllegalArgumentException("pulse program entry " + (i + 1) + " must not be 0");
      }
      total += Math.abs((long) out[i]);
      if (out[i] == Integer.MIN_VALUE || total > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("pulse program '" + text + "' has more than "
            + Integer.MAX_VALUE + " pulses in all (entry " + (i + 1) + " '" + p + "')");
      }
    }
    return out;
  }
}

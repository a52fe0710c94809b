package io.github.rider.experiments.fig1;

import io.github.rider.algorithms.ZeroShifting;
import io.github.rider.algorithms.array.PulsedArray;
import io.github.rider.device.Parallelism;
import io.github.rider.device.array.DeviceArray;
import io.github.rider.device.pulse.PulseScheme;
import io.github.rider.device.rng.RandomStreams;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.response.AffineResponse;
import io.github.rider.experiments.sweep.Progress;
import io.github.rider.theory.ZsMeanRecursion;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Zero-shifting (Algorithm 1, algorithms' {@link ZeroShifting}) on one device array, run once to
 * the largest pulse count and observed at increasing checkpoints, with the statistics Fig. 1
 * plots. The ground truth is each device's effective symmetric point (its physical SP minus its
 * reference, {@link DeviceArray#symmetricPoint}); the array starts at w_eff = 0.
 */
final class ZsSnapshots {

  /** Statistics of the SP estimates of the whole array after {@code pulses} ZS pulses. */
  record Stats(long pulses, double meanTrue, double meanEstimate, double stdTrue,
      double stdEstimate, double rmse) {

    /** Ground-truth mean minus estimated mean (the paper's offset convention for Fig. 1). */
    double meanOffset() {
      return meanTrue - meanEstimate;
    }

    /** Ground-truth std minus estimated std. */
    double stdOffset() {
      return stdTrue - stdEstimate;
    }

    /** |mean offset| / |true mean|: the relative error of the SP mean (Fig. 1b's criterion). */
    double relMeanError() {
      return Math.abs(meanOffset()) / Math.abs(meanTrue);
    }
  }

  /** Receives each checkpoint; return false to stop early. */
  interface Observer {
    boolean observe(Stats stats);
  }

  private final PulsedArray array;
  private final double[] truth;
  private final double[] estimate;
  private final RandomGenerator signs;
  private final List<ZsMeanRecursion> recursions; // null unless every response is affine
  private final double[] initialErrors;

  /**
   * An array of {@code n} devices of {@code spec}, d2d variation drawn from {@code streams}, its
   * zero-shifting trains split over {@code parallelism}.
   */
  ZsSnapshots(DeviceSpec spec, int n, RandomStreams streams, Parallelism parallelism) {
    DeviceArray devices = DeviceArray.create(spec, n, DeviceArray.DEFAULT_BLOCK_SIZE,
        streams.child("devices"), parallelism);
    this.array = PulsedArray.of(devices, PulseScheme.deterministic(1), null);
    this.truth = new double[n];
    this.initialErrors = new double[n];
    List<ZsMeanRecursion> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      truth[i] = devices.symmetricPoint(i);
      initialErrors[i] = devices.persistent(i) - truth[i];
      if (r != null && devices.physicalResponse(i) instanceof AffineResponse a) {
        r.add(ZsMeanRecursion.ofAffine(devices.dwMin(), a.p0(), a.p1(), a.m0(), a.m1()));
      } else {
        r = null;
      }
    }
    this.recursions = r;
    this.estimate = new double[n];
    this.signs = streams.child("zs-signs").stream(RandomStreams.PULSE_TRAIN);
  }

  /**
   * The relative error of the SP mean that the mean recursion of ZS predicts for these very
   * devices after {@code pulses} pulses (theory's {@link ZsMeanRecursion}: (7) for the random
   * variant, model (31) for the cyclic one, each device from its own affine response and start):
   * |mean_i E(w_N - w_sp)_i| / |mean_i w_sp,i|. NaN when a response is not affine.
   */
  double predictedRelMeanError(ZeroShifting.Variant variant, long pulses) {
    if (recursions == null) {
      return Double.NaN;
    }
    ZsMeanRecursion.Sequence sequence = variant == ZeroShifting.Variant.CYCLIC
        ? ZsMeanRecursion.Sequence.CYCLIC : ZsMeanRecursion.Sequence.RANDOM;
    double meanTruth = java.util.Arrays.stream(truth).average().orElse(Double.NaN);
    return Math.abs(ZsMeanRecursion.populationMeanError(sequence, recursions, initialErrors,
        pulses)) / Math.abs(meanTruth);
  }

  /**
   * Runs ZS, calling {@code observer} at each checkpoint (increasing, even, so that cyclic ZS
   * keeps alternating across chunks) until it returns false or the last checkpoint is reached.
   */
  void run(ZeroShifting.Variant variant, List<Long> checkpoints, Progress.Task progress,
      Observer observer) {
    long done = 0;
    for (long target : checkpoints) {
      if (target < done || target % 2 != 0) {
        throw new IllegalArgumentException(
            "checkpoints must be increasing and even, got " + target + " after " + done);
      }
      ZeroShifting.run(array, target - done, variant, signs);
      progress.stepBy(target - done);
      done = target;
      array.read(estimate);
      if (!observer.observe(stats(done))) {
        return;
      }
    }
  }

  private Stats stats(long pulses) {
    int n = truth.length;
    double mt = 0;
    double me = 0;
    for (int i = 0; i < n; i++) {
      mt += truth[i];
      me += estimate[i];
    }
    mt /= n;
    me /= n;
    double vt = 0;
    double ve = 0;
    double se = 0;
    for (int i = 0; i < n; i++) {
      vt += (truth[i] - mt) * (truth[i] - mt);
      ve += (estimate[i] - me) * (estimate[i] - me);
      se += (estimate[i] - truth[i]) * (estimate[i] - truth[i]);
    }
    int dof = Math.max(1, n - 1);
    return new Stats(pulses, mt, me, Math.sqrt(vt / dof), Math.sqrt(ve / dof), Math.sqrt(se / n));
  }
}

package io.github.rider.algorithms;

import io.github.rider.algorithms.array.AnalogArray;
import io.github.rider.algorithms.problem.Objective;
import io.github.rider.device.rng.RandomStreams;
import java.util.Map;

/**
 * Algorithm 4 (App. B.1), the two-stage baseline "residual learning with ZS": first
 * {@link ZeroShifting} with N pulses on the P array (whose SP is the one that matters), giving
 * the estimate W-hat; then residual learning with Q fixed at W-hat, i.e. W-bar = W + gamma (P -
 * W-hat) and W's transfer uses P - W-hat. P starts training where ZS left it (at W-hat). The ZS
 * pulses are counted as calibration; the signs come from the run's {@link Streams#ZERO_SHIFTING}
 * stream. {@code eta} is ignored.
 */
public final class TwoStageResidualLearning extends StaticReferenceTrainer {

  private final long zsPulses;
  private final ZeroShifting.Variant variant;

  /**
   * @param zsPulses N, the ZS budget per element (&gt;= 0)
   * @param variant  stochastic or cyclic ZS
   */
  public TwoStageResidualLearning(Objective objective, AnalogArray p, AnalogArray w,
      long zsPulses, ZeroShifting.Variant variant, StepSizes steps, RandomStreams streams) {
    super(objective, p, w, new double[objective.dimension()], steps, streams);
    if (zsPulses < 0) {
      throw new IllegalArgumentException("zsPulses must be >= 0, was " + zsPulses);
    }
    this.zsPulses = zsPulses;
    this.variant = variant;
  }

  @Override
  public String name() {
    return VectorAlgorithm.TWO_STAGE.cliName();
  }

  @Override
  void calibrate() {
    double[] est = ZeroShifting.run(p, zsPulses, variant, streams.stream(Streams.ZERO_SHIFTING))
        .estimate();
    System.arraycopy(est, 0, reference, 0, est.length);
  }

  @Override
  void describe(Map<String, Object> out) {
    super.describe(out);
    out.put("zsPulses", zsPulses);
    out.put("zsVariant", variant.name());
  }
}

package io.github.rider.experiments.robustness;

import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.ExpStepSpec;
import io.github.rider.device.spec.LinearStepSpec;
import io.github.rider.device.spec.PowStepSpec;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.spec.TrainingFriendly;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The response families of {@code rider robustness}'s family axis: AIHWKit's soft-bounds,
 * linear-step, exp-step and pow-step devices (AIHWKit {@code devices.py}), each with one shape
 * parameter gamma that moves it away from soft-bounds, built on the HfO2 preset's pulsed
 * parameters, bounds and reference. With q in units of the step at w = 0 and nominal bounds
 * &plusmn;1 (on each device its own b_min, b_max):
 *
 * <ul>
 *   <li>soft-bounds: q+ = 1 - w / b_max, q- = 1 - w / b_min (the preset itself);
 *   <li>linear-step, gamma in (0, 1]: q+ = 1 - gamma w / b_max, q- = 1 - gamma w / b_min (own
 *       bounds as references): from soft-bounds (gamma = 1) towards a constant step (gamma
 *       &rarr; 0) with a symmetric point ever further out;
 *   <li>exp-step, gamma &gt; 0: q+ = 1 - e^(gamma (z - 1)), q- = 1 - e^(-gamma (z + 1)),
 *       z = 2 w / (b_max - b_min) (A_up = A_down = e^-gamma, a = 1, b = 0): soft-bounds as gamma
 *       &rarr; 0, a flat step with a sharp saturation at the bounds as gamma grows;
 *   <li>pow-step, gamma &gt; 0: q+ = ((b_max - w) / R)^gamma, q- = ((w - b_min) / R)^gamma,
 *       R = b_max - b_min: at gamma = 1 the nominal device is soft-bounds', above it the
 *       response is convex (the step at the far bound 2^gamma times the step at w = 0).
 * </ul>
 *
 * <p>So the nominal soft-bounds device is the common point of the three families (linear-step
 * and pow-step at gamma = 1, exp-step as gamma &rarr; 0), and gamma moves away from it in three
 * directions: less saturation, a flat step with abrupt bounds, and a stronger convex decay.
 *
 * <p>Every family's dw_min is set so that its granularity (AIHWKit's step at the symmetric point
 * of the nominal device, which sets the pulse counts) equals the preset's dw_min: the number of
 * states stays the preset's and only the shape changes. The shape parameters have no
 * device-to-device spread (the d2d axes sweep variation); the nominal symmetric point is 0 in
 * every family (symmetric in w), each device's moves with its up/down asymmetry. A device that
 * violates Definition 2.1 of the paper (q+ and q- positive on the bounds, {@link
 * TrainingFriendly}) is refused.
 */
public enum ResponseFamily {
  SOFT_BOUNDS("soft-bounds", List.of(1.0), List.of(1.0)),
  LINEAR_STEP("linear-step", List.of(0.25, 0.5), List.of(0.1, 0.25, 0.5, 0.75)),
  EXP_STEP("exp-step", List.of(2.0, 5.0), List.of(1.0, 2.0, 5.0, 10.0)),
  POW_STEP("pow-step", List.of(2.0, 3.0), List.of(1.5, 2.0, 3.0, 4.0));

  private final String label;
  private final List<Double> quickShapes;
  private final List<Double> fullShapes;

  ResponseFamily(String label, List<Double> quickShapes, List<Double> fullShapes) {
    this.label = label;
    this.quickShapes = quickShapes;
    this.fullShapes = fullShapes;
  }

  /** The family id as AIHWKit-style name and on the command line ("linear-step"). */
  public String label() {
    return label;
  }

  /** The family labelled {@code label}. */
  public static ResponseFamily of(String label) {
    return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("response family must be one of "
            + Arrays.stream(values()).map(ResponseFamily::label).toList() + ", was '" + label
            + "'"));
  }

  /** The default gamma values: a few for the quick scale, a wider grid for the full scales. */
  public List<Double> shapes(boolean full) {
    return full ? fullShapes : quickShapes;
  }

  /**
   * The gamma at which this family's response is soft-bounds' (linear-step and pow-step 1,
   * exp-step its limit 0): where the soft-bounds anchor sits on this family's curve.
   */
  public double softBoundsShape() {
    return this == EXP_STEP ? 0 : 1;
  }

  /** Refuses a gamma outside the family's range (soft-bounds: only 1, it has no shape). */
  void requireShape(double gamma) {
    boolean ok = switch (this) {
      case SOFT_BOUNDS -> gamma == 1;
      case LINEAR_STEP -> gamma > 0 && gamma <= 1;
      case EXP_STEP, POW_STEP -> gamma > 0 && Double.isFinite(gamma);
    };
    if (!ok) {
      throw new IllegalArgumentException(label + "'s gamma must be " + switch (this) {
        case SOFT_BOUNDS -> "1 (soft-bounds has no shape parameter)";
        case LINEAR_STEP -> "in (0, 1] (above 1, q+ turns negative inside the bounds)";
        default -> "finite and > 0";
      } + ", was " + gamma);
    }
  }

  /**
   * This family with shape {@code gamma} on {@code preset}'s pulsed parameters (dw_min
   * rescaled to keep its granularity), bounds and reference.
   */
  public DeviceSpec device(DeviceSpec preset, double gamma) {
    requireShape(gamma);
    PulsedParams p = preset.pulsed();
    Bounds b = preset.bounds();
    DeviceSpec shaped = switch (this) {
      case SOFT_BOUNDS -> preset;
      case LINEAR_STEP -> new LinearStepSpec(p, b, gamma, gamma, 0, 0, false);
      case EXP_STEP -> new ExpStepSpec(p, b, Math.exp(-gamma), Math.exp(-gamma), gamma, gamma,
          1, 0);
      case POW_STEP -> new PowStepSpec(p, b, gamma, 0, 0, 0);
    };
    double granularity = shaped.granularity(); // proportional to dw_min in every family
    if (granularity != p.dwMin()) {
      shaped = shaped.withDwMin(p.dwMin() * (p.dwMin() / granularity));
    }
    DeviceSpec device = shaped;
    TrainingFriendly.violation(device).ifPresent(v -> {
      throw new IllegalArgumentException(label + " with gamma " + gamma + " violates "
          + "Definition 2.1: " + v);
    });
    return device;
  }

  /** "soft-bounds", "linear-step gamma=0.25": a point of the family axis in plots and tables. */
  public String describe(double gamma) {
    return this == SOFT_BOUNDS ? label
        : String.format(Locale.ROOT, "%s gamma=%s", label, trim(gamma));
  }

  /** 0.25 as "0.25", 2.0 as "2". */
  static String trim(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
        : Double.toString(x);
  }
}

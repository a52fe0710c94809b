package io.github.rider.device.preset;

import io.github.rider.device.spec.Bounds;
import io.github.rider.device.spec.ConstantStepSpec;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.ExpStepSpec;
import io.github.rider.device.spec.LinearStepSpec;
import io.github.rider.device.spec.PulsedParams;
import io.github.rider.device.spec.SoftBoundsSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named device presets: AIHWKit's preset devices (docs/devices.md §5 table, from AIHWKit
 * {@code presets/devices.py}) and the paper's Fig. 1 device. Looked up by name, case-insensitive,
 * kebab, snake or camel case, with or without a trailing "PresetDevice"/"Preset"
 * (e.g. "reram-sb", "ReRamSBPresetDevice", "RERAM_SB").
 *
 * <p>Not modelled: the Capacitor preset's lifetime 1e6 (decay) and PCM (one-sided unit cell).
 */
public final class DevicePresets {

  /** A preset: its canonical name, one-line source, and spec. */
  public record Preset(String name, String source, DeviceSpec spec) {}

  private static final Map<String, Preset> PRESETS = new LinkedHashMap<>();

  static {
    PulsedParams d = PulsedParams.AIHWKIT_DEFAULTS;
    add("idealized", "AIHWKit IdealizedPresetDevice (ConstantStep), docs/devices.md §5",
        new ConstantStepSpec(d.withDwMin(2e-4).withUpDownDtod(0), new Bounds(1, -1, 0.3, 0.3)));
    add("gokmen-vlasov", "AIHWKit GokmenVlasovPresetDevice (ConstantStep), docs/devices.md §5",
        new ConstantStepSpec(d.withDwMin(0.0016), new Bounds(1, -1, 0.3, 0.3)));
    add("reram-es", "AIHWKit ReRamESPresetDevice (ExpStep), docs/devices.md §5",
        new ExpStepSpec(d.withDwMin(0.00135).withDwMinDtod(0.2).withDwMinStd(5.0)
            .withUpDown(0.259359).withUpDownDtod(0.05).withWriteNoiseStd(75),
            new Bounds(1, -1, 0.3, 0.3), -1.18445, -0.081404, 5, 5, -0.5, -0.5));
    add("reram-sb", "AIHWKit ReRamSBPresetDevice (SoftBoundsReference, additive noise), "
        + "docs/devices.md §5",
        new SoftBoundsSpec(d.withDwMin(0.002).withDwMinStd(3.75).withMultNoise(false)
            .withWriteNoiseStd(56), new Bounds(1.25, -0.75, 0.24, 0.4)));
    add("capacitor", "AIHWKit CapacitorPresetDevice (LinearStep; lifetime 1e6 not modelled), "
        + "docs/devices.md §5",
        new LinearStepSpec(d.withDwMin(0.005).withDwMinDtod(0.1).withMultNoise(false)
            .withUpDownDtod(0.06), new Bounds(1, -1, 0.07, 0.07), 0.05, 0.05, 0.01, 0.01, true));
    add("ecram", "AIHWKit EcRamPresetDevice (LinearStep), docs/devices.md §5",
        new LinearStepSpec(d.withDwMin(0.002).withDwMinDtod(0.1),
            new Bounds(1.1724, -0.8276, 0.05, 0.05), 0.1153, 0.5085, 0.05, 0.05, true));
    add("ecram-mo", "AIHWKit EcRamMOPresetDevice (LinearStep), docs/devices.md §5",
        new LinearStepSpec(d.withDwMin(2.8214e-4).withDwMinDtod(0.1).withDwMinStd(2.0),
            new Bounds(1.1714, -0.8286, 0.05, 0.05), 0.4152, 0.7342, 0.05, 0.05, true));
    add("reram-array-om", "AIHWKit ReRamArrayOMPresetDevice (SoftBoundsReference), "
        + "docs/devices.md §5",
        new SoftBoundsSpec(d.withDwMin(0.0949).withDwMinDtod(0.7829).withDwMinDtodLogNormal(true)
            .withDwMinStd(0.4158).withMultNoise(false).withWriteNoiseStd(1.4113)
            .withReferenceStd(0.05).withSubtractSymmetryPoint(true),
            new Bounds(1, -1, 0.3499, 0.5695)));
    add("reram-array-hfo2",
        "AIHWKit ReRamArrayHfO2PresetDevice (SoftBoundsReference), the paper's 'RRAM-RfO2', "
            + "docs/devices.md §5",
        new SoftBoundsSpec(d.withDwMin(0.4622).withDwMinDtod(0.7125).withDwMinDtodLogNormal(true)
            .withDwMinStd(0.2174).withMultNoise(false).withWriteNoiseStd(0.5841)
            .withReferenceStd(0.05).withSubtractSymmetryPoint(true),
            new Bounds(1, -1, 0.4295, 0.5990)));
    add("paper-fig1-soft-bounds",
        "paper Fig. 1: SoftBounds, 2000 states (dw_min 0.001, bounds +-1), d2d of eq. (104) with "
            + "gamma = exp(0.3 xi1), rho = 0.05 xi2 (sigmas chosen: AIHWKit dtod 0.3, "
            + "up_down_dtod 0.05), c2c 0.3 multiplicative",
        new SoftBoundsSpec(d.withDwMin(0.001).withDwMinDtod(0.3).withDwMinDtodLogNormal(true)
            .withUpDownDtod(0.05), new Bounds(1, -1, 0, 0)));
  }

  private DevicePresets() {}

  private static void add(String name, String source, DeviceSpec spec) {
    PRESETS.put(normalise(name), new Preset(name, source, spec));
  }

  private static String normalise(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
    for (String suffix : new String[] {"presetdevice", "preset", "device"}) {
      if (s.endsWith(suffix) && s.length() > suffix.length()) {
        return s.substring(0, s.length() - suffix.length());
      }
    }
    return s;
  }

  /** The canonical names, in table order. */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    for (Preset p : PRESETS.values()) {
      out.add(p.name());
    }
    return Collections.unmodifiableList(out);
  }

  /** The preset called {@code name}. */
  public static Preset preset(String name) {
    Preset p = name == null ? null : PRESETS.get(normalise(name));
    if (p == null) {
      throw new IllegalArgumentException(
          "unknown device preset '" + name + "'; known presets: " + String.join(", ", names()));
    }
    return p;
  }

  /** The spec of the preset called {@code name}. */
  public static DeviceSpec get(String name) {
    return preset(name).spec();
  }
}

package io.github.rider.experiments.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.DeviceSpecJson;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Device selection shared by the commands that take one device: {@code --device FAMILY} or
 * {@code --preset NAME}, then any family parameter under its AIHWKit name in kebab case
 * ({@code --dw-min 0.01 --up-down 0.2 --w-max 1 --gamma-up 0.1 ...}; arrays comma-separated,
 * booleans true/false). The options are generated from the families' JSON fields, so every
 * parameter a spec has can be set, and a parameter that a family lacks is refused by name.
 */
final class DeviceOptions {

  static final String DEVICE = "--device";
  static final String PRESET = "--preset";

  private DeviceOptions() {}

  /** Adds --device, --preset and one option per device parameter to {@code spec}. */
  static void addTo(CommandSpec spec) {
    spec.addOption(OptionSpec.builder(DEVICE).paramLabel("FAMILY").type(String.class)
        .description("Device family: " + String.join(", ", DeviceSpecJson.families())
            + ". Parameters not given take the family's (AIHWKit) defaults.")
        .build());
    spec.addOption(OptionSpec.builder(PRESET).paramLabel("NAME").type(String.class)
        .description("Device preset: " + String.join(", ", DevicePresets.names())
            + ". Parameter options override the preset's values.")
        .build());
    for (String field : allFields()) {
      spec.addOption(OptionSpec.builder("--" + kebab(field)).paramLabel("VALUE").type(String.class)
          .description("Device parameter " + field + " (AIHWKit name, Java case).")
          .build());
    }
  }

  /** The device the command line describes; a usage error when it describes none. */
  static DeviceSpec resolve(CommandSpec spec) {
    String family = spec.findOption(DEVICE).getValue();
    String preset = spec.findOption(PRESET).getValue();
    if (family != null && preset != null) {
      throw new UsageError("give either --device or --preset, not both");
    }
    if (family == null && preset == null) {
      throw new UsageError("give a device: --device FAMILY (one of "
          + String.join(", ", DeviceSpecJson.families()) + ") or --preset NAME");
    }
    DeviceSpec base = preset != null ? DevicePresets.get(preset) : DeviceSpecJson.defaults(family);
    ObjectNode tree = DeviceSpecJson.toTree(base);
    for (String field : allFields()) {
      String value = spec.findOption("--" + kebab(field)).getValue();
      if (value == null) {
        continue;
      }
      JsonNode old = tree.get(field);
      if (old == null) {
        throw new UsageError("--" + kebab(field) + " does not apply to device family '"
            + base.family() + "'; it takes: " + optionList(base.family()));
      }
      set(tree, field, old, value);
    }
    return DeviceSpecJson.fromTree(tree);
  }

  private static void set(ObjectNode tree, String field, JsonNode old, String value) {
    String opt = "--" + kebab(field);
    if (old.isBoolean()) {
      if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        throw new UsageError(opt + " takes true or false, was '" + value + "'");
      }
      tree.put(field, Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
    } else if (old.isArray()) {
      ArrayNode a = tree.putArray(field);
      for (String part : value.split(",")) {
        a.add(number(opt, part));
      }
    } else {
      tree.put(field, number(opt, value));
    }
  }

  static double number(String option, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageError(option + " takes a number, was '" + text + "'");
    }
  }

  /** Parses an interval option "LO,HI" with LO &lt; HI; a usage error naming the option otherwise. */
  static double[] range(String option, String text) {
    String[] p = text.split(",");
    if (p.length != 2) {
      throw new UsageError(option + " takes LO,HI, was '" + text + "'");
    }
    double lo = number(option, p[0]);
    double hi = number(option, p[1]);
    if (!(lo < hi)) {
      throw new UsageError(option + " needs LO < HI, was '" + text + "'");
    }
    return new double[] {lo, hi};
  }

  private static String optionList(String family) {
    StringBuilder sb = new StringBuilder();
    for (String f : DeviceSpecJson.fieldNames(family)) {
      sb.append(sb.length() == 0 ? "" : " ").append("--").append(kebab(f));
    }
    return sb.toString();
  }

  private static Set<String> allFields() {
    Set<String> out = new LinkedHashSet<>();
    for (String family : DeviceSpecJson.families()) {
      out.addAll(DeviceSpecJson.fieldNames(family));
    }
    return out;
  }

  /** dwMinDtod -> dw-min-dtod. */
  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}

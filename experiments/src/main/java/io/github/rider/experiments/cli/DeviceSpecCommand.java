package io.github.rider.experiments.cli;

import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.spec.DeviceSpecJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rider device-spec}: prints a preset (or a family's defaults) as the JSON that
 * {@code --spec} options read, so a user can start from it and edit it.
 */
@Command(name = "device-spec", mixinStandardHelpOptions = true,
    description = "Print a device preset or a family's defaults as editable JSON.")
final class DeviceSpecCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Choice choice;

  static final class Choice {
    @Option(names = "--preset", paramLabel = "NAME", description = "A preset name.")
    String preset;

    @Option(names = "--family", paramLabel = "FAMILY", description = "A device family's defaults.")
    String family;

    @Option(names = "--list", description = "List preset names and families.")
    boolean list;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    if (choice.list) {
      out.println("presets:  " + String.join(", ", DevicePresets.names()));
      out.println("families: " + String.join(", ", DeviceSpecJson.families()));
    } else if (choice.preset != null) {
      out.println(DeviceSpecJson.toJson(DevicePresets.get(choice.preset)));
    } else {
      out.println(DeviceSpecJson.toJson(DeviceSpecJson.defaults(choice.family)));
    }
    out.flush();
    return 0;
  }
}

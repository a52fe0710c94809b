package io.github.rider.experiments.cli;

import io.github.rider.device.ResponseFunction;
import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.spec.DeviceSpec;
import io.github.rider.device.spec.DeviceSpecJson;
import io.github.rider.verification.contract.ContractReport;
import io.github.rider.verification.contract.DeviceContract;
import io.github.rider.verification.contract.DeviceUnderTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rider verify-device}: runs the device-model contract of the verification kit
 * (Definitions 2.1 and C.1, differentiability, the symmetric point, zero-shifting against
 * Theorems 2.2 and C.2-C.4, RIDER against Theorem 3.7) on a device given as a JSON spec, a
 * preset, or a user's {@link ResponseFunction} class on the classpath, prints the pass/fail table
 * with measured values and bounds, and exits 5 when a check fails.
 */
@Command(name = "verify-device", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Check a device model against the paper's device assumptions and bounds.",
        "Exit status: 0 all checks pass, 5 a check fails, 2 bad command line or spec, 1 internal error."})
final class VerifyDeviceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--spec", paramLabel = "FILE.json",
        description = "A device spec as JSON (start from 'rider device-spec --preset NAME').")
    Path json;

    @Option(names = "--preset", paramLabel = "NAME", description = "A device preset.")
    String preset;

    @Option(names = "--class", paramLabel = "CLASS",
        description = "A ResponseFunction implementation with a public no-argument constructor, "
            + "on the classpath (java -cp rider.jar:your.jar ...); needs --dw-min.")
    String className;
  }

  @Option(names = "--dw-min", paramLabel = "DW",
      description = "Response granularity (required with --class; overrides the spec's otherwise).")
  Double dwMin;

  @Option(names = "--range", paramLabel = "LO,HI",
      description = "Operating interval (default: centred on the SP, 60 %% of the way to the nearer bound).")
  String range;

  @Option(names = "--replicas", description = "Seeded replicas of each stochastic check (default ${DEFAULT-VALUE}).")
  int replicas = DeviceContract.Options.DEFAULT.replicas();

  @Option(names = "--seed", description = "Root seed (default ${DEFAULT-VALUE}).")
  long seed = DeviceContract.Options.DEFAULT.seed();

  @Override
  public Integer call() throws IOException {
    DeviceUnderTest device = device();
    if (range != null) {
      double[] lohi = DeviceOptions.range("--range", range);
      device = device.withOperatingInterval(lohi[0], lohi[1]);
    }
    DeviceContract.Options options =
        DeviceContract.Options.DEFAULT.withReplicas(replicas).withSeed(seed);
    ContractReport report = DeviceContract.check(device, options);
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.toTable());
    out.println(report.passed() ? "PASS: every check holds" : "FAIL: at least one check fails");
    out.flush();
    return report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }

  private DeviceUnderTest device() throws IOException {
    if (source.className != null) {
      if (dwMin == null) {
        throw new UsageError("--class needs --dw-min (a response function has no granularity)");
      }
      return DeviceUnderTest.of(source.className, instantiate(source.className), dwMin);
    }
    DeviceSpec s;
    if (source.preset != null) {
      s = DevicePresets.get(source.preset);
    } else {
      s = readSpec(source.json);
    }
    if (dwMin != null) {
      s = s.withDwMin(dwMin);
    }
    return DeviceUnderTest.of(s);
  }

  /** The spec in {@code file}: a UTF-8 JSON object; any problem is a usage error naming it. */
  static DeviceSpec readSpec(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UsageError("--spec needs a JSON file, " + (Files.exists(file)
          ? "'" + file + "' is not a regular file" : "no such file '" + file + "'"));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UsageError("--spec " + file + " is not UTF-8 text (binary, UTF-16 or Latin-1?)");
    }
    try {
      return DeviceSpecJson.fromJson(text);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--spec " + file + ": " + e.getMessage());
    }
  }

  private static ResponseFunction instantiate(String name) {
    try {
      Class<?> c = Class.forName(name);
      if (!ResponseFunction.class.isAssignableFrom(c)) {
        throw new UsageError("--class " + name + " does not implement "
            + ResponseFunction.class.getName());
      }
      return (ResponseFunction) c.getConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      throw new UsageError("--class " + name + " is not on the classpath");
    } catch (NoSuchMethodException e) {
      throw new UsageError("--class " + name + " has no public no-argument constructor");
    } catch (InvocationTargetException e) {
      throw new UsageError("--class " + name + ": its constructor threw " + e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new UsageError("--class " + name + " cannot be instantiated: " + e);
    }
  }
}

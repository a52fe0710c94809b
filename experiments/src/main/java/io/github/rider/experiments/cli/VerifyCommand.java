package io.github.rider.experiments.cli;

import io.github.rider.verification.properties.PropertyResult;
import io.github.rider.verification.report.ResultVerdict;
import io.github.rider.verification.report.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rider verify}: runs the property suites (simulation against every theorem, lemma and
 * corollary the kit covers, with their mutation checks) and writes the markdown report that
 * VERIFICATION.md at the repository root is generated from. Exits 5 when a property fails or a
 * deliberately broken variant is not rejected.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run the property suites and write the verification report.",
        "Exit status: 0 every check behaves as designed, 5 a property check fails or a mutation survives,"
            + " 2 bad command line, 1 internal error.",
        "A known counterexample (e.g. Theorem 3.7, docs/theorem-3.7.md) is reported as a verdict, not an error."})
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--report", paramLabel = "FILE.md",
      description = "Where to write the report (default ${DEFAULT-VALUE}).")
  Path report = Path.of("VERIFICATION.md");

  @Option(names = "--tries-scale", paramLabel = "K",
      description = "Multiply every property's default tries by K (default ${DEFAULT-VALUE}).")
  int triesScale = 1;

  @Option(names = "--seed", description = "Root seed (default ${DEFAULT-VALUE}).")
  long seed = io.github.rider.verification.properties.SuiteSettings.DEFAULT_SEED;

  @Override
  public Integer call() throws IOException {
    if (triesScale < 1) {
      throw new UsageError("--tries-scale must be >= 1, was " + triesScale);
    }
    Outputs.file(report, "--report");
    List<PropertyResult> results = VerificationReport.write(report, triesScale, seed);
    boolean ok = VerificationReport.allAsExpected(results);
    List<ResultVerdict> verdicts = VerificationReport.verdicts(results, VerificationReport.counterexamples());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d property runs (incl. mutations), seed %d, tries x%d -> %s%n", results.size(), seed,
        triesScale, report);
    out.printf(Locale.ROOT, "verdicts: %d hold, %d violated%s, %d not covered%n",
        ResultVerdict.count(verdicts, ResultVerdict.Kind.HOLDS), ResultVerdict.count(verdicts, ResultVerdict.Kind.VIOLATED),
        verdicts.stream().filter(v -> v.kind() == ResultVerdict.Kind.VIOLATED).map(ResultVerdict::result)
            .reduce((a, b) -> a + ", " + b).map(s -> " (" + s + ")").orElse(""),
        ResultVerdict.count(verdicts, ResultVerdict.Kind.NOT_COVERED));
    out.println(ok ? "checks: every property check behaves as designed and every mutation is rejected"
        : "checks: NOT as expected, see the report");
    out.flush();
    return ok ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }
}

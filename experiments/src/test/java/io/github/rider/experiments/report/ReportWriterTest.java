package io.github.rider.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.experiments.PaperClaims;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static final String FIG1A = """
      {"experiment": "fig1a", "title": "Fig. 1(a) canned", "version": "test", "scale": "quick",
       "seed": 7, "config": {"rows": 4}, "cells": 2, "rows": 10,
       "timing": {"cellSeconds": 1.5},
       "summary": {"cyclic.firstNWithin": 4000},
       "plots": ["relative-error.png", "relative-error.svg"],
       "claims": [{"claimId": "fig1a.pulses-for-1pct", "ours": "first N within 1 %: 4000",
                   "verdict": "HOLDS", "criterion": "first N > 2000",
                   "plot": "relative-error.png"}]}
      """;

  private static final String FIG1B = """
      {"experiment": "fig1b", "title": "Fig. 1(b) canned", "version": "test", "scale": "full",
       "seed": 7, "config": {}, "cells": 3, "rows": 3, "timing": {"cellSeconds": 2},
       "summary": {}, "plots": [],
       "claims": [{"claimId": "fig1b.inverse-linear", "ours": "slope -0.62 [-0.7, -0.55]",
                   "verdict": "DOES_NOT_HOLD", "criterion": "CI contains -1", "plot": ""}]}
      """;

  @Test
  void setsThePapersClaimBesideOursWithVerdictAndPlotLink(@TempDir Path out) throws Exception {
    Files.createDirectories(out.resolve("fig1a"));
    Files.writeString(out.resolve("fig1a").resolve("results.json"), FIG1A);
    Files.createDirectories(out.resolve("fig1b"));
    Files.writeString(out.resolve("fig1b").resolve("results.json"), FIG1B);
    String md = Files.readString(ReportWriter.write(out));
    assertThat(md).startsWith("# rider: the paper's claims beside ours");

    String row1a = line(md, "| fig1a.pulses-for-1pct |");
    assertThat(row1a).contains(PaperClaims.FIG1A_PULSES_FOR_1PCT.statement())
        .contains("(Fig. 1(a))").contains("> 2000 pulses for 1 % relative error")
        .contains("first N within 1 %: 4000").contains("**holds**")
        .contains("[relative-error.png](fig1a/relative-error.png)");
    assertThat(line(md, "| fig1b.inverse-linear |")).contains("slope -0.62")
        .contains("**does not hold**");
    // implemented but no results, and not implemented at all
    assertThat(line(md, "| rates.ek-slope |")).contains("not run (no results.json)");
    // every runner is implemented: no claim is listed as not yet implemented
    assertThat(md).doesNotContain("not yet implemented").doesNotContain("## Not yet implemented");
    // the report cites only what its reader can open: the paper, not planning documents
    assertThat(md).doesNotContain("spec/").doesNotContain(".md §").doesNotContain("issue #");
    // per-experiment section: scale, seed, embedded PNG only, derived numbers
    assertThat(md).contains("## fig1a: Fig. 1(a) canned").contains("Scale quick, seed 7")
        .contains("![relative-error.png](fig1a/relative-error.png)")
        .doesNotContain("![relative-error.svg]").contains("cyclic.firstNWithin");
    // every claim of the paper has exactly one row
    for (PaperClaims.Claim c : PaperClaims.all()) {
      assertThat(md.lines().filter(l -> l.startsWith("| " + c.id() + " |"))).hasSize(1);
    }
  }

  private static String line(String md, String prefix) {
    return md.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
  }
}

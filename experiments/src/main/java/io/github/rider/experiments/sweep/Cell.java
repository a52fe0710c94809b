package io.github.rider.experiments.sweep;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One independent unit of a sweep (e.g. one dw_min of Fig. 1b): an identifier, stable across
 * runs and safe as a file name, and its parameters. A cell's result depends only on the
 * experiment's configuration, the root seed and the cell, never on which other cells ran, so
 * resumed, sharded and merged runs give the same rows as one run.
 *
 * @param id     file-name-safe identifier ([A-Za-z0-9._=-]+), unique within the sweep
 * @param params the cell's parameters (written next to its rows)
 */
public record Cell(String id, Map<String, Object> params) {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._=+-]+");

  public Cell {
    if (id == null || !SAFE.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "cell id must match [A-Za-z0-9._=+-]+ (it names a file), was '" + id + "'");
    }
    params = Map.copyOf(params);
  }
}

package io.github.rider.experiments.sweep;

import java.util.regex.Pattern;

/**
 * One independent unit of a sweep (e.g. one dw_min of Fig. 1b): an identifier, stable across
 * runs and safe as a file name, and its parameters, a record of the experiment (written beside
 * the cell's rows as a JSON object, keys sorted; an {@code getX()} method of the record adds key
 * x, e.g. the part of a sweep with several kinds of cells). A cell's result depends only on the
 * experiment's configuration, the root seed and the cell, never on which other cells ran, so
 * resumed, sharded and merged runs give the same rows as one run.
 *
 * @param id     file-name-safe identifier ([A-Za-z0-9._=-]+), unique within the sweep
 * @param params the cell's parameters (written next to its rows)
 * @param <P>    the type of the parameters
 */
public record Cell<P>(String id, P params) {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._=+-]+");

  public Cell {
    if (id == null || !SAFE.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "cell id must match [A-Za-z0-9._=+-]+ (it names a file), was '" + id + "'");
    }
    if (params == null) {
      throw new IllegalArgumentException("cell " + id + " needs its parameters");
    }
  }
}

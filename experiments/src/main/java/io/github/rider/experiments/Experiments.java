package io.github.rider.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rider.experiments.data.DataSource;
import io.github.rider.experiments.fig1.Fig1aZsAccuracy;
import io.github.rider.experiments.fig1.Fig1bPulsesVsDwMin;
import io.github.rider.experiments.fig2.Fig2ZsEstimatedReferences;
import io.github.rider.experiments.fig4.Fig4TotalPulseCost;
import io.github.rider.experiments.mnist.Fig5ChopperProbability;
import io.github.rider.experiments.mnist.Table1LeNet5ReferenceGrid;
import io.github.rider.experiments.mnist.Table2FcnReferenceGrid;
import io.github.rider.experiments.rates.RatesRunner;
import io.github.rider.experiments.robustness.RobustnessSweep;
import io.github.rider.experiments.sweep.Experiment;
import io.github.rider.experiments.sweep.JsonFiles;
import io.github.rider.experiments.sweep.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The registry of experiment runners: one entry per implemented runner (its default at each
 * {@link Scale}, and how to rebuild it from a stored configuration, used by {@code rider merge}),
 * and the list of the paper's experiments not implemented yet.
 */
public final class Experiments {

  private record Entry(BiFunction<Scale, DataSource, Experiment<?>> byScale,
      Function<JsonNode, Experiment<?>> byConfig) {}

  private static final Map<String, Entry> IMPLEMENTED = new java.util.LinkedHashMap<>();

  static {
    IMPLEMENTED.put(Fig1aZsAccuracy.NAME, new Entry(
        (s, d) -> new Fig1aZsAccuracy(Fig1aZsAccuracy.Config.forScale(s)),
        j -> new Fig1aZsAccuracy(convert(j, Fig1aZsAccuracy.Config.class))));
    IMPLEMENTED.put(Fig1bPulsesVsDwMin.NAME, new Entry(
        (s, d) -> new Fig1bPulsesVsDwMin(Fig1bPulsesVsDwMin.Config.forScale(s)),
        j -> new Fig1bPulsesVsDwMin(convert(j, Fig1bPulsesVsDwMin.Config.class))));
    IMPLEMENTED.put(Fig2ZsEstimatedReferences.NAME, new Entry(
        (s, d) -> new Fig2ZsEstimatedReferences(Fig2ZsEstimatedReferences.Config.forScale(s)),
        j -> new Fig2ZsEstimatedReferences(convert(j, Fig2ZsEstimatedReferences.Config.class))));
    IMPLEMENTED.put(Fig4TotalPulseCost.NAME, new Entry(
        (s, d) -> new Fig4TotalPulseCost(Fig4TotalPulseCost.Config.forScale(s)),
        j -> new Fig4TotalPulseCost(convert(j, Fig4TotalPulseCost.Config.class))));
    IMPLEMENTED.put(RatesRunner.NAME, new Entry(
        (s, d) -> new RatesRunner(RatesRunner.Config.forScale(s)),
        j -> new RatesRunner(convert(j, RatesRunner.Config.class))));
    IMPLEMENTED.put(Fig5ChopperProbability.NAME, new Entry(
        (s, d) -> new Fig5ChopperProbability(Fig5ChopperProbability.Config.forScale(s, d)),
        j -> new Fig5ChopperProbability(convert(j, Fig5ChopperProbability.Config.class))));
    IMPLEMENTED.put(Table2FcnReferenceGrid.NAME, new Entry(
        (s, d) -> new Table2FcnReferenceGrid(Table2FcnReferenceGrid.Config.forScale(s, d)),
        j -> new Table2FcnReferenceGrid(convert(j, Table2FcnReferenceGrid.Config.class))));
    IMPLEMENTED.put(Table1LeNet5ReferenceGrid.NAME, new Entry(
        (s, d) -> new Table1LeNet5ReferenceGrid(Table1LeNet5ReferenceGrid.Config.forScale(s, d)),
        j -> new Table1LeNet5ReferenceGrid(convert(j, Table1LeNet5ReferenceGrid.Config.class))));
    IMPLEMENTED.put(RobustnessSweep.NAME, new Entry(
        (s, d) -> new RobustnessSweep(RobustnessSweep.Config.forScale(s, d)),
        j -> new RobustnessSweep(convert(j, RobustnessSweep.Config.class))));
  }

  /**
   * The paper's experiments that have no runner yet; the report lists their claims as not yet
   * implemented. Empty: every experiment of the paper that rider reproduces has its runner.
   */
  public static final List<String> NOT_YET_IMPLEMENTED =
      List.of();

  private Experiments() {}

  private static <T> T convert(JsonNode config, Class<T> type) {
    return JsonFiles.MAPPER.convertValue(config, type);
  }

  /** Names of the implemented runners, in report order. */
  public static List<String> implemented() {
    return List.copyOf(IMPLEMENTED.keySet());
  }

  /** Whether {@code name} has a runner. */
  public static boolean isImplemented(String name) {
    return IMPLEMENTED.containsKey(name);
  }

  /** The runner {@code name} with its default configuration at {@code scale}. */
  public static Experiment<?> create(String name, Scale scale) {
    return create(name, scale, DataSource.DEFAULT);
  }

  /**
   * The runner {@code name} with its default configuration at {@code scale}, the MNIST-scale
   * runners (fig5, table1, table2) on {@code data} (the others ignore it).
   */
  public static Experiment<?> create(String name, Scale scale, DataSource data) {
    return entry(name).byScale().apply(scale, data);
  }

  /** The runner {@code name} with a stored configuration (a sweep.json "config" node). */
  public static Experiment<?> fromConfig(String name, JsonNode config) {
    return entry(name).byConfig().apply(config);
  }

  /** Every implemented runner at {@code scale}. */
  public static List<Experiment<?>> all(Scale scale) {
    return all(scale, DataSource.DEFAULT);
  }

  /**
   * Runners of questions the paper does not answer ({@code rider robustness}); they have their
   * own command and are not part of {@code rider reproduce}.
   */
  public static final List<String> BEYOND_THE_PAPER = List.of(RobustnessSweep.NAME);

  /**
   * Every runner of the paper's experiments at {@code scale} (not {@link #BEYOND_THE_PAPER}), the
   * MNIST-scale ones on {@code data}.
   */
  public static List<Experiment<?>> all(Scale scale, DataSource data) {
    List<Experiment<?>> out = new ArrayList<>();
    for (String n : IMPLEMENTED.keySet()) {
      if (!BEYOND_THE_PAPER.contains(n)) {
        out.add(create(n, scale, data));
      }
    }
    return out;
  }

  private static Entry entry(String name) {
    Entry e = IMPLEMENTED.get(name);
    if (e == null) {
      throw new IllegalArgumentException("unknown experiment '" + name + "'; implemented: "
          + String.join(", ", IMPLEMENTED.keySet())
          + (NOT_YET_IMPLEMENTED.contains(name) ? " (" + name + " is not yet implemented)" : ""));
    }
    return e;
  }
}

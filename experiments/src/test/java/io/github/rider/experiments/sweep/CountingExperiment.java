package io.github.rider.experiments.sweep;

import io.github.rider.device.Parallelism;
import io.github.rider.device.rng.RandomStreams;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test sweep of {@code n} cells, each one row from its own stream; counts how often each cell
 * runs and can fail at one cell (a simulated interruption).
 */
class CountingExperiment implements Experiment<CountingExperiment.Index> {

  /** A cell's parameter: its index. */
  record Index(int i) {}

  record Config(int n) {}

  final int n;
  final int[] runs;
  final AtomicInteger failAt = new AtomicInteger(-1);
  int rowsVersion = 1;

  CountingExperiment(int n) {
    this.n = n;
    this.runs = new int[n];
  }

  @Override
  public String name() {
    return "counting";
  }

  @Override
  public String title() {
    return "test sweep";
  }

  @Override
  public int rowsVersion() {
    return rowsVersion;
  }

  @Override
  public Record config() {
    return new Config(n);
  }

  @Override
  public List<Cell<Index>> cells() {
    List<Cell<Index>> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cells.add(new Cell<>("c" + i, new Index(i)));
    }
    return cells;
  }

  @Override
  public List<Row> run(Cell<Index> cell, RandomStreams streams, Parallelism parallelism,
      Progress.Task progress) {
    int i = cell.params().i();
    if (i == failAt.get()) {
      throw new IllegalStateException("interrupted at cell " + i);
    }
    runs[i]++;
    double x = streams.child("cell", i).stream("x").nextDouble();
    return List.of(new Row().put("i", i).put("x", x));
  }

  @Override
  public Outcome summarise(List<Row> rows, Path dir) {
    return new Outcome(List.of(), List.of(), Map.of("rows", rows.size()));
  }
}

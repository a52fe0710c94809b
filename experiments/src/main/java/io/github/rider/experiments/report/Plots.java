package io.github.rider.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Plots written by the experiments: XChart, readable axes and a legend (or a heat map's
 * colour scale); PNG, and SVG through
 * XChart's VectorGraphicsEncoder (VectorGraphics2D 0.13, a dependency of XChart).
 */
public final class Plots {
  private Plots() {}

  /** One line series, y against x, saved as PNG to {@code file}. */
  public static void line(Path file, String title, String xLabel, String yLabel, String series,
      double[] x, double[] y) throws IOException {
    XYChart chart = new XYChartBuilder().width(900).height(560).title(title)
        .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setMarkerSize(0);
    XYSeries s = chart.addSeries(series, x, y);
    s.setMarker(SeriesMarkers.NONE);
    save(chart, file);
  }

  /** Saves a chart as PNG (the ".png" suffix is added by XChart when missing). */
  public static void save(Chart<?, ?> chart, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    String name = file.toString();
    String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png")
        ? name.substring(0, name.length() - 4) : name;
    BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
  }

  /** One named series of an {@link #xy} plot. */
  public record Series(String name, double[] x, double[] y) {
    public Series {
      if (x.length != y.length) {
        throw new IllegalArgumentException("series '" + name + "': x has " + x.length
            + " points, y has " + y.length);
      }
    }
  }

  /**
   * Several series, y against x, with markers and lines, optionally log-scaled axes (points
   * that a log axis cannot show, y &lt;= 0 or NaN, are left out). Writes {@code base}.png and
   * {@code base}.svg into {@code dir}; returns their file names.
   */
  public static List<String> xy(Path dir, String base, String title, String xLabel,
      String yLabel, boolean logX, boolean logY, List<Series> series) throws IOException {
    XYChart chart = new XYChartBuilder().width(900).height(560).title(title)
        .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setXAxisLogarithmic(logX);
    chart.getStyler().setYAxisLogarithmic(logY);
    chart.getStyler().setMarkerSize(7);
    boolean any = false;
    for (Series s : series) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int i = 0; i < s.x().length; i++) {
        double x = s.x()[i];
        double y = s.y()[i];
        boolean ok = Double.isFinite(x) && Double.isFinite(y) && (!logX || x > 0)
            && (!logY || y > 0);
        if (ok) {
          xs.add(x);
          ys.add(y);
        }
      }
      if (!xs.isEmpty()) {
        chart.addSeries(s.name(), xs, ys);
        any = true;
      }
    }
    if (!any) {
      chart.addSeries("(no plottable points)", new double[] {1}, new double[] {1});
    }
    Files.createDirectories(dir);
    save(chart, dir.resolve(base + ".png"));
    VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve(base).toString(),
        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return List.of(base + ".png", base + ".svg");
  }

  /**
   * A heat map of {@code z[row][column]} with each cell's value written in it (one decimal; NaN
   * cells left empty), rows and columns named. Writes {@code base}.png and {@code base}.svg into
   * {@code dir}; returns their file names (none when no cell is finite).
   */
  public static List<String> heatMap(Path dir, String base, String title, String xLabel,
      String yLabel, List<String> columns, List<String> rows, double[][] z) throws IOException {
    List<Number[]> cells = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < rows.size(); i++) {
      if (z[i].length != columns.size()) {
        throw new IllegalArgumentException("heat map '" + base + "': row " + i + " has "
            + z[i].length + " values for " + columns.size() + " columns");
      }
      for (int j = 0; j < columns.size(); j++) {
        if (Double.isFinite(z[i][j])) {
          cells.add(new Number[] {j, i, z[i][j]});
          min = Math.min(min, z[i][j]);
          max = Math.max(max, z[i][j]);
        }
      }
    }
    if (cells.isEmpty()) {
      return List.of();
    }
    HeatMapChart chart = new HeatMapChartBuilder().width(Math.max(900, 95 * columns.size() + 300))
        .height(220 + 60 * rows.size()).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel)
        .build();
    chart.getStyler().setShowValue(true).setHeatMapValueDecimalPattern("0.0")
        .setMin(min).setMax(max > min ? max : min + 1);
    chart.getStyler().setXAxisLabelRotation(30);
    chart.getStyler().setPlotContentSize(1);
    chart.addSeries(yLabel, columns, rows, cells);
    Files.createDirectories(dir);
    save(chart, dir.resolve(base + ".png"));
    VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve(base).toString(),
        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return List.of(base + ".png", base + ".svg");
  }
}

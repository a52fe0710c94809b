package io.github.rider.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Plots written by the experiments: XChart, readable axes and a legend; PNG, and SVG through
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
  public static void save(XYChart chart, Path file) throws IOException {
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
}

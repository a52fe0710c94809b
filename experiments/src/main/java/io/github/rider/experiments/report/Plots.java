package io.github.rider.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Plots written by the experiments: PNG via XChart, readable axes and a legend. */
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
}

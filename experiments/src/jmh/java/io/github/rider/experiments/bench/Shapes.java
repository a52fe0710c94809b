package io.github.rider.experiments.bench;

/** Parses the "rows x cols" shape parameters of the tile benchmarks. */
final class Shapes {

  private Shapes() {}

  /** {rows, cols} of "RxC". */
  static int[] parse(String shape) {
    String[] p = shape.split("x");
    if (p.length != 2) {
      throw new IllegalArgumentException("shape must be ROWSxCOLS (e.g. 256x784), was " + shape);
    }
    return new int[] {Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim())};
  }
}

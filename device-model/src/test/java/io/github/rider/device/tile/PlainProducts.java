package io.github.rider.device.tile;

/**
 * The plain per-output loop that the tile products must equal bit for bit: output o of W x (a
 * row) or W^T d (a column) of a row-major w summed term by term from 0 in input order.
 */
final class PlainProducts {

  private PlainProducts() {}

  /**
   * sum over t &lt; v.length of w[o outStride + t inStride] v[t], from 0, in double or in float32
   * (both factors rounded to float first): outStride = cols, inStride = 1 for the forward's row o;
   * outStride = 1, inStride = cols for the backward's column o.
   */
  static double sum(double[] w, int o, int outStride, int inStride, double[] v, boolean float32) {
    double acc = 0;
    float accF = 0f;
    for (int t = 0; t < v.length; t++) {
      double wt = w[o * outStride + t * inStride];
      acc += wt * v[t];
      accF += (float) wt * (float) v[t];
    }
    return float32 ? accF : acc;
  }
}

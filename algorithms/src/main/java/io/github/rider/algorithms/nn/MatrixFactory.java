package io.github.rider.algorithms.nn;

/**
 * Creates the {@link TrainableMatrix} of each weighted layer of a model: the digital twin
 * ({@code DigitalMatrix::new} ignoring the name) or an analog training cell. {@code name} is the
 * layer's stable name ({@code "fc1"}, {@code "conv2"}, ...), so a factory can derive per-layer
 * random streams from it ({@code streams.child(name)}).
 */
@FunctionalInterface
public interface MatrixFactory {

  /** The matrix of layer {@code name}: {@code rows} outputs, {@code cols} inputs (bias included). */
  TrainableMatrix create(String name, int rows, int cols);

  /** The digital (floating point) twin for every layer. */
  static MatrixFactory digital() {
    return (name, rows, cols) -> new DigitalMatrix(rows, cols);
  }
}

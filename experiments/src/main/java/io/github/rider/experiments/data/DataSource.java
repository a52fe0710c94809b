package io.github.rider.experiments.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an MNIST-scale runner takes its data from, as written on the command line
 * ({@code --data}): {@value #BUNDLED} (the real-MNIST subset in the jar, 8,000 / 2,000),
 * {@value #FASHION_MNIST} (Fashion-MNIST, 60,000 / 10,000 real images, from the Debian package
 * {@code dataset-fashion-mnist} in {@link #FASHION_MNIST_DIR}), or a directory of IDX files (e.g.
 * the full MNIST). A data set is read once per process and shared by every run (runs never
 * modify it).
 *
 * @param name {@value #BUNDLED}, {@value #FASHION_MNIST} or a directory path
 */
public record DataSource(String name) {

  /** The bundled real-MNIST subset. */
  public static final String BUNDLED = "bundled";

  /** Fashion-MNIST from its Debian package. */
  public static final String FASHION_MNIST = "fashion-mnist";

  /** Where {@code apt-get install dataset-fashion-mnist} puts the IDX files. */
  public static final Path FASHION_MNIST_DIR = Path.of("/usr/share/datasets/fashion-mnist");

  /** The bundled subset (the default). */
  public static final DataSource DEFAULT = new DataSource(BUNDLED);

  private static final Map<String, MnistData> LOADED = new ConcurrentHashMap<>();

  public DataSource {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("data must be 'bundled', 'fashion-mnist' or a directory");
    }
  }

  /** Whether this is the Fashion-MNIST task (a different task from the paper's MNIST). */
  @JsonIgnore
  public boolean isFashionMnist() {
    return name.equals(FASHION_MNIST);
  }

  /** The directory of the IDX files; null for the bundled subset. */
  public Path directory() {
    return switch (name) {
      case BUNDLED -> null;
      case FASHION_MNIST -> FASHION_MNIST_DIR;
      default -> Path.of(name);
    };
  }

  /**
   * Checks that the data can be found, before any run starts.
   *
   * @throws IllegalArgumentException with a one-line message (for Fashion-MNIST: the install
   *     command) when the directory is missing
   */
  public void checkAvailable() {
    Path dir = directory();
    if (dir == null || Files.isDirectory(dir)) {
      return;
    }
    throw new IllegalArgumentException(isFashionMnist()
        ? "Fashion-MNIST not found in " + FASHION_MNIST_DIR + "; install it with "
            + "'sudo apt-get install dataset-fashion-mnist' (Debian/Ubuntu)"
        : "data directory " + dir + " not found; --data takes 'bundled', 'fashion-mnist' or a "
            + "directory of IDX files");
  }

  /**
   * The data set, read on first use and shared.
   *
   * @throws UncheckedIOException if it cannot be read
   */
  public MnistData data() {
    if (name.equals(BUNDLED)) {
      return MnistData.bundledShared();
    }
    checkAvailable();
    return LOADED.computeIfAbsent(name, n -> {
      try {
        return MnistData.load(directory());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the data set " + n + ": " + e.getMessage(), e);
      }
    });
  }

  /** A one-line description for reports, e.g. "Fashion-MNIST (/usr/share/datasets/...)". */
  public String describe() {
    return switch (name) {
      case BUNDLED -> "the bundled real-MNIST subset (8,000 / 2,000)";
      case FASHION_MNIST -> "Fashion-MNIST (" + FASHION_MNIST_DIR + ")";
      default -> "the IDX data set in " + name;
    };
  }

  /**
   * What a report must say about results on this data beside the paper's MNIST numbers: empty
   * for MNIST (bundled or a directory), for Fashion-MNIST that the task differs.
   */
  public String caveat() {
    return isFashionMnist() ? "Fashion-MNIST is a different task from the paper's MNIST: the "
        + "absolute accuracies are not comparable with the paper's; the ordering of the methods "
        + "and their robustness to the reference offset are." : "";
  }

  @Override
  public String toString() {
    return name;
  }
}

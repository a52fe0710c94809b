package io.github.rider.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IDX reader: raw and gzipped files, and a clear error for every malformed input. */
class IdxFileTest {

  static byte[] idx(int magic, int[] dims, byte[] body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(magic);
    for (int d : dims) {
      out.writeInt(d);
    }
    out.write(body);
    return bytes.toByteArray();
  }

  static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(raw);
    }
    return bytes.toByteArray();
  }

  private static IdxFile read(byte[] b) throws IOException {
    return IdxFile.read(new ByteArrayInputStream(b), "test.idx");
  }

  private static byte[] images(int n, int rows, int cols) throws IOException {
    byte[] body = new byte[n * rows * cols];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) (i * 37);
    }
    return idx(0x803, new int[] {n, rows, cols}, body);
  }

  private static byte[] labels(int... y) throws IOException {
    byte[] body = new byte[y.length];
    for (int i = 0; i < y.length; i++) {
      body[i] = (byte) y[i];
    }
    return idx(0x801, new int[] {y.length}, body);
  }

  @Test
  void rawAndGzippedFilesReadTheSame() throws IOException {
    byte[] raw = images(3, 2, 4);
    IdxFile a = read(raw);
    IdxFile b = read(gzip(raw));
    assertThat(a.dims()).containsExactly(3, 2, 4);
    assertThat(b.dims()).containsExactly(3, 2, 4);
    assertThat(b.data()).isEqualTo(a.data()).hasSize(24);
    assertThat(a.data()[5]).isEqualTo((byte) (5 * 37));
  }

  @Test
  void wrongMagicNumberIsNamed() throws IOException {
    byte[] b = images(1, 2, 2);
    b[0] = 0x12;
    assertThatThrownBy(() -> read(b)).isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("test.idx").hasMessageContaining("not an IDX file").hasMessageContaining("0x12000803");
    assertThatThrownBy(() -> read("PK\3\4 this is a zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isInstanceOf(IdxFormatException.class).hasMessageContaining("not an IDX file");
  }

  @Test
  void unsupportedTypeCodeIsNamed() throws IOException {
    byte[] b = idx(0x0D01, new int[] {1}, new byte[4]); // 0x0D = float
    assertThatThrownBy(() -> read(b)).isInstanceOf(IdxFormatException.class).hasMessageContaining("type code 0x0d");
  }

  @Test
  void truncatedFilesAreNamed() throws IOException {
    byte[] full = images(2, 3, 3);
    byte[] shortBody = java.util.Arrays.copyOf(full, full.length - 1);
    assertThatThrownBy(() -> read(shortBody)).isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("truncated").hasMessageContaining("18 values").hasMessageContaining("holds 17");
    assertThatThrownBy(() -> read(gzip(shortBody))).hasMessageContaining("truncated");
    byte[] shortHeader = java.util.Arrays.copyOf(full, 9);
    assertThatThrownBy(() -> read(shortHeader)).hasMessageContaining("truncated IDX header");
    assertThatThrownBy(() -> read(new byte[] {0, 0})).hasMessageContaining("truncated");
  }

  /** A corrupt dimension count: the product of many dimensions would overflow a long. */
  @Test
  void dimensionsWhoseProductOverflowsAreRejected() throws IOException {
    int[] dims = new int[8];
    java.util.Arrays.fill(dims, 1 << 30);
    byte[] b = idx(0x0808, dims, new byte[0]);
    assertThatThrownBy(() -> read(b)).isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("test.idx").hasMessageContaining("8 dimensions");
  }

  @Test
  void trailingBytesAreRejected() throws IOException {
    byte[] full = images(1, 2, 2);
    byte[] longer = java.util.Arrays.copyOf(full, full.length + 3);
    assertThatThrownBy(() -> read(longer)).hasMessageContaining("longer than its header");
  }

  @Test
  void directoryOfRawOrGzippedFilesLoadsAndMismatchedCountsAreNamed(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("train-images-idx3-ubyte"), images(3, 28, 28));
    Files.write(dir.resolve("train-labels-idx1-ubyte.gz"), gzip(labels(0, 9, 4)));
    Files.write(dir.resolve("t10k-images-idx3-ubyte.gz"), gzip(images(2, 28, 28)));
    Files.write(dir.resolve("t10k-labels-idx1-ubyte"), labels(1, 2));
    MnistData d = MnistData.load(dir);
    assertThat(d.train().count()).isEqualTo(3);
    assertThat(d.train().labels()).containsExactly(0, 9, 4);
    assertThat(d.test().features()).isEqualTo(784);
    assertThat(d.train().inputs()[1]).isEqualTo((37 & 0xff) / 255f);

    Files.write(dir.resolve("t10k-labels-idx1-ubyte"), labels(1, 2, 3));
    assertThatThrownBy(() -> MnistData.load(dir)).isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("2 images but 3 labels");
  }

  @Test
  void swappedOrMissingFilesAndBadLabelsAreNamed(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> MnistData.dataset(read(labels(1)), read(labels(1)), "x"))
        .hasMessageContaining("is this a labels file?");
    assertThatThrownBy(() -> MnistData.dataset(read(images(1, 2, 2)), read(images(1, 2, 2)), "x"))
        .hasMessageContaining("is this an images file?");
    assertThatThrownBy(() -> MnistData.dataset(read(images(1, 2, 2)), read(labels(10)), "x"))
        .hasMessageContaining("label 0 is 10");
    assertThatThrownBy(() -> MnistData.load(dir)).hasMessageContaining("train-images-idx3-ubyte.gz found");
    assertThatThrownBy(() -> MnistData.load(dir.resolve("nope"))).hasMessageContaining("not a directory");
  }
}

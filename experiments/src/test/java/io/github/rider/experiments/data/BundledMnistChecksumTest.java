package io.github.rider.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.algorithms.nn.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The bundled MNIST subset is the one PROVENANCE.md describes: the uncompressed IDX bytes have
 * the recorded SHA-256 checksums, 8,000 / 2,000 samples, the stratified per-class test counts,
 * and pixels in [0, 1] that are multiples of 1/255.
 */
class BundledMnistChecksumTest {

  private static String sha256OfUncompressed(String name) throws IOException, NoSuchAlgorithmException {
    try (InputStream in = new GZIPInputStream(BundledMnistChecksumTest.class.getResourceAsStream("/mnist/" + name))) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }

  @Test
  void uncompressedBytesHaveTheRecordedChecksums() throws Exception {
    assertThat(sha256OfUncompressed("train-images-idx3-ubyte.gz"))
        .isEqualTo("14b2acd65260e8c5f9d59c49983e89c87a4f201571307ad5a4d56d71bb739095");
    assertThat(sha256OfUncompressed("train-labels-idx1-ubyte.gz"))
        .isEqualTo("02bb5789e4f26b84492853981f0705c172f35448547c2b3e0289c44c6c2a04f1");
    assertThat(sha256OfUncompressed("t10k-images-idx3-ubyte.gz"))
        .isEqualTo("b429d69aa5adf7c933e7ce0e14362bbcc46b8a95cf29c1524ab7f9f34bdb8050");
    assertThat(sha256OfUncompressed("t10k-labels-idx1-ubyte.gz"))
        .isEqualTo("db8cf8cf5212368c47e572b0fa0c5c18edcdde70a19554411bdda389ab20f782");
  }

  @Test
  void splitIsStratified8000To2000() throws IOException {
    MnistData d = MnistData.bundled();
    assertThat(d.train().count()).isEqualTo(8000);
    assertThat(d.test().count()).isEqualTo(2000);
    assertThat(d.train().features()).isEqualTo(784);
    int[] perClassTotal = {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978};
    int[] perClassTest = {200, 225, 198, 206, 196, 173, 203, 214, 189, 196};
    assertThat(histogram(d.test())).containsExactly(perClassTest);
    int[] train = histogram(d.train());
    for (int c = 0; c < 10; c++) {
      assertThat(train[c] + perClassTest[c]).as("class %d", c).isEqualTo(perClassTotal[c]);
    }
    // interleaved: the first 10 training samples are one of each class
    assertThat(java.util.Arrays.copyOf(d.train().labels(), 10)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void pixelsAreBytesOver255() throws IOException {
    Dataset t = MnistData.bundled().test();
    for (float v : t.inputs()) {
      assertThat(v).isBetween(0f, 1f);
      assertThat(Math.abs(v * 255 - Math.round(v * 255))).isLessThan(1e-4f);
    }
  }

  private static int[] histogram(Dataset d) {
    int[] h = new int[10];
    for (int y : d.labels()) {
      h[y]++;
    }
    return h;
  }
}

package io.github.rider.experiments.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An IDX file of unsigned bytes (the MNIST / Fashion-MNIST layout, LeCun et al.): a big-endian
 * header of magic number 0x0000 08 nd (two zero bytes, type code 0x08 = unsigned byte, the
 * number of dimensions nd), nd 32-bit dimension sizes, then prod(dims) bytes in row-major order.
 * Files may be raw or gzipped (recognised by the gzip magic 1f 8b, not by the file name).
 *
 * @param dims the dimension sizes, outermost first (images: count, rows, cols; labels: count)
 * @param data the prod(dims) values, row-major
 */
public record IdxFile(int[] dims, byte[] data) {

  /** Type code of unsigned bytes, the only type MNIST-style files use. */
  public static final int UNSIGNED_BYTE = 0x08;

  /** Reads an IDX file (raw or gzipped) from {@code in}; {@code name} appears in error messages. */
  public static IdxFile read(InputStream in, String name) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in);
    b.mark(2);
    int first = b.read();
    int second = b.read();
    b.reset();
    InputStream raw = first == 0x1f && second == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
    DataInputStream d = new DataInputStream(raw);
    int magic;
    try {
      magic = d.readInt();
    } catch (EOFException e) {
      throw new IdxFormatException(name + ": truncated IDX file (shorter than the 4-byte magic number)");
    }
    int type = (magic >>> 8) & 0xff;
    int nd = magic & 0xff;
    if ((magic >>> 16) != 0 || nd == 0) {
      throw new IdxFormatException(String.format(Locale.ROOT, "%s: not an IDX file: magic number 0x%08x"
          + " (expected 0x000008nn, e.g. 0x00000801 for labels, 0x00000803 for images)", name, magic));
    }
    if (type != UNSIGNED_BYTE) {
      throw new IdxFormatException(String.format(Locale.ROOT, "%s: IDX type code 0x%02x is not supported;"
          + " MNIST-style files hold unsigned bytes (0x08)", name, type));
    }
    int[] dims = new int[nd];
    long size = 1;
    try {
      for (int i = 0; i < nd; i++) {
        dims[i] = d.readInt();
        if (dims[i] < 0) {
          throw new IdxFormatException(name + ": dimension " + i + " is negative (" + dims[i] + ")");
        }
        size *= dims[i];
        if (size > Integer.MAX_VALUE - 8) {
          throw new IdxFormatException(name + ": the header's " + nd + " dimensions announce more"
              + " than " + (Integer.MAX_VALUE - 8) + " values (is the file corrupt?)");
        }
      }
    } catch (EOFException e) {
      throw new IdxFormatException(name + ": truncated IDX header (" + nd + " dimensions announced)");
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IdxFormatException(name + ": " + Arrays.toString(dims) + " is too large (" + size + " values)");
    }
    byte[] data = new byte[(int) size];
    int got = d.readNBytes(data, 0, data.length);
    if (got < data.length) {
      throw new IdxFormatException(name + ": truncated IDX file: header " + Arrays.toString(dims)
          + " announces " + size + " values, the file holds " + got);
    }
    if (d.read() >= 0) {
      throw new IdxFormatException(name + ": IDX file longer than its header " + Arrays.toString(dims)
          + " announces (" + size + " values)");
    }
    return new IdxFile(dims, data);
  }

  /** Number of items (the outermost dimension). */
  public int count() {
    return dims[0];
  }
}

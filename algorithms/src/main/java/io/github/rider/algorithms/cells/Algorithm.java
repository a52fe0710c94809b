package io.github.rider.algorithms.cells;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The training algorithms a layer's weight matrix can run on analog tiles, each with its
 * command-line name ({@code --algorithm}, the {@code algorithm} column of result files) and the
 * paper's name of the method. {@link Cells#create} builds the cell of each.
 */
public enum Algorithm {
  /** Floating-point SGD, the digital twin (no devices). */
  DIGITAL("digital", "Digital SGD"),
  /** Analog SGD on one tile (rank-1 pulsed update). */
  ANALOG_SGD("analog-sgd", "Analog SGD"),
  /** Tiki-Taka v1 (AIHWKit TransferCompound). */
  TTV1("ttv1", "TT-v1"),
  /** Tiki-Taka v2 (AIHWKit BufferedTransferCompound). */
  TTV2("ttv2", "TT-v2"),
  /** Chopped TT-v2 (AIHWKit ChoppedTransferCompound). */
  CTTV2("cttv2", "c-TTv2"),
  /** AGAD (AIHWKit DynamicTransferCompound): running-mean reference of the fast tile. */
  AGAD("agad", "AGAD"),
  /** RIDER (the paper's Algorithm 2) on tiles: E-RIDER's tile algorithm without the chopper. */
  RIDER("rider", "RIDER"),
  /** E-RIDER on tiles (the paper's Algorithm 3 on a fast/slow tile pair). */
  ERIDER("erider", "E-RIDER");

  private final String cliName;
  private final String title;

  Algorithm(String cliName, String title) {
    this.cliName = cliName;
    this.title = title;
  }

  /** The command-line and result-file name, e.g. "erider". */
  public String cliName() {
    return cliName;
  }

  /** The paper's name of the method, e.g. "E-RIDER". */
  public String title() {
    return title;
  }

  /** Whether the cell keeps a running-mean reference with a warm-up (AGAD, RIDER, E-RIDER). */
  public boolean hasWarmUp() {
    return this == AGAD || this == RIDER || this == ERIDER;
  }

  /** The command-line name, so that ids and messages read as before. */
  @Override
  public String toString() {
    return cliName;
  }

  /**
   * The algorithm named {@code name}: case, '-', '_' and spaces do not matter ("TT-v2" = "ttv2",
   * "c-TTv2" = "cttv2", "E-RIDER" = "erider").
   *
   * @throws IllegalArgumentException for null or an unknown name (the message lists the names)
   */
  public static Algorithm of(String name) {
    String key = name == null ? "" : normalise(name);
    for (Algorithm a : values()) {
      if (normalise(a.cliName).equals(key)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown algorithm '" + name + "'; known: " + names());
  }

  /** The command-line names, comma separated, in declaration order. */
  public static String names() {
    return Arrays.stream(values()).map(Algorithm::cliName).collect(Collectors.joining(", "));
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
  }
}

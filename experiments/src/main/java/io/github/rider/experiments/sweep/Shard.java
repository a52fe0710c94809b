package io.github.rider.experiments.sweep;

/**
 * One slice of a sweep for a job array: shard {@code index} of {@code count} (1-based) owns the
 * cells whose position p in the sweep satisfies p mod count = index - 1. The slices of 1/n ..
 * n/n partition every sweep, so running them all (on any machines) and merging equals one run.
 *
 * @param index 1-based shard number, in [1, count]
 * @param count number of shards (&gt;= 1)
 */
public record Shard(int index, int count) {

  /** The whole sweep. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1) {
      throw new IllegalArgumentException("shard count must be >= 1, was " + count);
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException(
          "shard index must be in [1, " + count + "], was " + index);
    }
  }

  /** Parses "i/n", e.g. "3/8". */
  public static Shard parse(String text) {
    String[] parts = text == null ? new String[0] : text.trim().split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("shard must look like i/n (e.g. 2/8), was '" + text + "'");
    }
    try {
      return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("shard must look like i/n (e.g. 2/8), was '" + text + "'");
    }
  }

  /** Whether this shard runs the cell at position {@code position} (0-based) of the sweep. */
  public boolean owns(int position) {
    return position % count == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}

package io.github.rider.experiments.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output paths checked before any work starts, so that a run never computes for minutes and then
 * fails to write: each problem is a {@link UsageError} naming the option and the path.
 */
final class Outputs {

  private Outputs() {}

  /** {@code file} (null: standard output) can be created or replaced as a regular file. */
  static void file(Path file, String option) {
    if (file == null) {
      return;
    }
    if (file.toString().isEmpty() || Files.isDirectory(file)) {
      throw new UsageError(option + " '" + file + "' is a folder; give a file name");
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new UsageError(option + " '" + file + "' exists and is not writable");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UsageError(option + " '" + file + "': its folder " + parent + " does not exist");
    }
    if (!Files.isWritable(parent)) {
      throw new UsageError(option + " '" + file + "': its folder " + parent + " is not writable");
    }
  }

  /** {@link #file} for a PNG image, whose name must end in ".png" (nothing else is written). */
  static void png(Path file, String option) {
    if (file == null) {
      return;
    }
    if (!file.getFileName().toString().endsWith(".png")) {
      throw new UsageError(option + " writes a PNG image; name it FILE.png, was '" + file + "'");
    }
    file(file, option);
  }

  /**
   * {@code dir} is a folder that exists or can be created: not a file, and its nearest existing
   * ancestor is a writable folder.
   */
  static void folder(Path dir, String option) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageError(option + " '" + dir + "' is a file, not a folder");
    }
    Path p = dir.toAbsolutePath();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    if (p == null || !Files.isDirectory(p)) {
      throw new UsageError(option + " '" + dir + "' cannot be created: " + p + " is not a folder");
    }
    if (!Files.isWritable(p)) {
      throw new UsageError(option + " '" + dir + "': " + p + " is not writable");
    }
  }
}

package io.github.rider.experiments.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import java.util.zip.ZipException;
import picocli.CommandLine;

/**
 * Sorts a failure of a command into user-caused (a file, format, path, memory or parameter
 * problem: one line, exit status {@link ExitCodes#USER}) and internal (a bug: exit status
 * {@link ExitCodes#INTERNAL} with a request to report it).
 */
final class Failures {

  private Failures() {}

  /** The one-line description of a user-caused failure, or empty for an internal error. */
  static Optional<String> userMessage(Throwable e) {
    Throwable t = unwrap(e);
    String m = t.getMessage() == null ? "" : t.getMessage();
    String line;
    if (t instanceof UsageError || t instanceof IllegalArgumentException) {
      line = m;
    } else if (t instanceof OutOfMemoryError) {
      line = "out of memory; choose smaller sizes or give Java more heap"
          + " (RIDER_JAVA_OPTS=-Xmx8g ./rider ...)";
    } else if (t instanceof NoSuchFileException f) {
      line = "no such file or folder (" + f.getFile() + ")";
    } else if (t instanceof AccessDeniedException f) {
      line = "permission denied (" + f.getFile() + ")";
    } else if (t instanceof FileAlreadyExistsException f) {
      line = "already exists (" + f.getFile() + ")";
    } else if (t instanceof NotDirectoryException f) {
      line = "not a folder (" + f.getFile() + ")";
    } else if (t instanceof FileSystemException f) {
      line = (f.getReason() == null ? "cannot access" : f.getReason()) + " (" + f.getFile() + ")";
    } else if (t instanceof JsonProcessingException j) {
      line = "invalid JSON: " + j.getOriginalMessage();
    } else if (t instanceof CharacterCodingException) {
      line = "a text file is not UTF-8 (" + m + ")";
    } else if (t instanceof ZipException || t instanceof EOFException) {
      line = "corrupt or truncated file: " + m;
    } else if (t instanceof IOException) {
      line = m.isEmpty() ? "input/output error" : m;
    } else {
      return Optional.empty();
    }
    return Optional.of(oneLine(line));
  }

  /** The request printed for an internal error. */
  static String internalMessage(Throwable e) {
    Throwable t = unwrap(e);
    return oneLine("internal error " + t.getClass().getName()
        + (t.getMessage() == null ? "" : ": " + t.getMessage())
        + "; please report it with the command line (rerun with --debug for the stack trace)");
  }

  /** {@code s} on one line. */
  static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof UncheckedIOException || t instanceof CommandLine.ExecutionException
        || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}

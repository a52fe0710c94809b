package io.github.rider.experiments.sweep;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.github.rider.algorithms.cells.Algorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * JSON and file conventions of the experiments: indented JSON, NaN written as the string "NaN",
 * and atomic writes (a temporary file in the same folder, then a rename), so an interrupted run
 * never leaves a half-written result that a resumed run would trust.
 */
public final class JsonFiles {

  /**
   * The mapper used for every experiment file; an {@link Algorithm} is written and read by its
   * command-line name ("erider").
   */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .registerModule(new SimpleModule()
          .addSerializer(Algorithm.class, ToStringSerializer.instance)
          .addDeserializer(Algorithm.class, new FromStringDeserializer<Algorithm>(Algorithm.class) {
            @Override
            protected Algorithm _deserialize(String name, DeserializationContext ctxt) {
              return Algorithm.of(name);
            }
          }));

  /** The reader of stored files: a duplicate key or trailing content is an error. */
  private static final ObjectMapper STRICT = com.fasterxml.jackson.databind.json.JsonMapper
      .builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonFiles() {}

  /**
   * Writes {@code text} to {@code file} atomically (creating parent folders). The temporary file
   * is created like any other file, so the result has the permissions the process umask gives
   * (not the owner-only mode of a secure temporary file).
   */
  public static void writeAtomically(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(
        java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code value} as JSON to {@code file} atomically. */
  public static void write(Path file, Object value) throws IOException {
    writeAtomically(file, MAPPER.writeValueAsString(value) + "\n");
  }

  /**
   * Reads a JSON file: one JSON value, nothing after it, no duplicate keys; a file that is not
   * is an {@link IOException} naming it.
   */
  public static JsonNode read(Path file) throws IOException {
    try {
      JsonNode n = STRICT.readTree(Files.readAllBytes(file));
      if (n == null || n.isMissingNode()) {
        throw new IOException(file + " is empty, not JSON");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
  }


  /**
   * {@code node} as it reads back from a file (numbers in their smallest type), so that a tree
   * built in memory compares equal to the same tree read from disk.
   */
  public static JsonNode normalised(JsonNode node) {
    try {
      return MAPPER.readTree(MAPPER.writeValueAsString(node));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} as a JSON tree. */
  public static JsonNode tree(Object value) {
    try {
      return MAPPER.valueToTree(value);
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException("cannot serialise " + value, e));
    }
  }
}

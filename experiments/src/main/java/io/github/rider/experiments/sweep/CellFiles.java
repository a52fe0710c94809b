package io.github.rider.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stored form of one computed cell, {@code cells/<id>.json}: its id, its parameters, the
 * seconds it took, its rows, and the SHA-256 of the rows' JSON text. {@link #read} is the one
 * place a stored cell is accepted: a file that does not match what the sweep expects of that
 * cell is an {@link InvalidCellException} naming the file and the problem, and is never used.
 */
public final class CellFiles {

  private static final Set<String> FIELDS = Set.of("cell", "params", "seconds", "timing", "rows",
      "rowsSha256");

  private CellFiles() {}

  /** A cell's stored rows, wall-clock seconds and CPU seconds (NaN when not measured). */
  public record Stored(List<Row> rows, double seconds, double cpuSeconds) {}

  /** A stored cell that does not match its sweep (its message names the file). */
  public static final class InvalidCellException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidCellException(Path file, String problem) {
      super("stored cell " + file + " is invalid: " + problem);
    }
  }

  /** The file of {@code cell} under {@code cellsDir}. */
  public static Path file(Path cellsDir, Cell<?> cell) {
    return cellsDir.resolve(cell.id() + ".json");
  }

  /** The record of {@code cell} with {@code rows}, as written. */
  static ObjectNode record(Cell<?> cell, List<Row> rows, double seconds, double cpuSeconds) {
    ObjectNode n = JsonFiles.MAPPER.createObjectNode();
    n.put("cell", cell.id());
    n.set("params", params(cell));
    n.put("seconds", seconds);
    n.putObject("timing").put("cpuSeconds", cpuSeconds);
    ArrayNode a = n.putArray("rows");
    for (Row r : rows) {
      a.add(JsonFiles.tree(r.values()));
    }
    n.put("rowsSha256", sha256(JsonFiles.normalised(a)));
    return n;
  }

  /**
   * The rows stored in {@code file} for {@code expected}, after checking the schema (exactly the
   * fields of {@link #record}), that the id equals the file name and the expected cell, that the
   * parameters equal the sweep's, that there is at least one row, that every row is an object of
   * numbers, strings, booleans or nulls, and that the rows' checksum matches.
   */
  public static Stored read(Path file, Cell<?> expected) throws IOException {
    JsonNode n;
    try {
      n = JsonFiles.read(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidCellException(file, "not a JSON object (empty, truncated or not JSON)");
    }
    if (!n.isObject()) {
      throw new InvalidCellException(file, "not a JSON object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new InvalidCellException(file, "unexpected field \"" + f + "\"");
      }
    }
    for (String f : FIELDS) {
      if (!n.has(f)) {
        throw new InvalidCellException(file, "field \"" + f + "\" is missing");
      }
    }
    String name = file.getFileName().toString();
    String id = n.get("cell").asText();
    if (!n.get("cell").isTextual() || !name.equals(id + ".json")) {
      throw new InvalidCellException(file, "it holds cell '" + n.get("cell").asText()
          + "', not the cell its name says");
    }
    if (!id.equals(expected.id())) {
      throw new InvalidCellException(file, "it holds cell '" + id + "', expected '"
          + expected.id() + "'");
    }
    if (!JsonFiles.normalised(n.get("params")).equals(JsonFiles.normalised(params(expected)))) {
      throw new InvalidCellException(file, "its parameters " + n.get("params")
          + " are not the sweep's " + params(expected));
    }
    if (!n.get("seconds").isNumber()) {
      throw new InvalidCellException(file, "\"seconds\" is not a number");
    }
    JsonNode cpu = n.get("timing").get("cpuSeconds");
    if (cpu == null || !(cpu.isNumber() || cpu.asText().equals("NaN"))) {
      throw new InvalidCellException(file, "\"timing\" has no number \"cpuSeconds\"");
    }
    JsonNode rows = n.get("rows");
    if (!rows.isArray() || rows.isEmpty()) {
      throw new InvalidCellException(file, "\"rows\" is not a non-empty array");
    }
    List<Row> out = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      JsonNode r = rows.get(k);
      if (!r.isObject() || r.isEmpty()) {
        throw new InvalidCellException(file, "row " + k + " is not a non-empty object");
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        if (!(v.isNumber() || v.isTextual() || v.isBoolean() || v.isNull())) {
          throw new InvalidCellException(file, "row " + k + " field \"" + e.getKey()
              + "\" is neither a number, a string, a boolean nor null");
        }
        values.put(e.getKey(), JsonFiles.MAPPER.convertValue(v, Object.class));
      }
      out.add(new Row(values));
    }
    if (!sha256(rows).equals(n.get("rowsSha256").asText())) {
      throw new InvalidCellException(file, "its rows do not match their checksum (edited or"
          + " corrupted)");
    }
    return new Stored(out, n.get("seconds").asDouble(), cpu.asDouble(Double.NaN));
  }

  /** The parameters as stored: the record's JSON object with its keys sorted. */
  private static JsonNode params(Cell<?> cell) {
    @SuppressWarnings("unchecked")
    Map<String, Object> params = JsonFiles.MAPPER.convertValue(cell.params(), TreeMap.class);
    return JsonFiles.tree(params);
  }

  private static String sha256(JsonNode rows) {
    try {
      byte[] text = JsonFiles.MAPPER.writer().without(
          com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .writeValueAsBytes(rows);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
    } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

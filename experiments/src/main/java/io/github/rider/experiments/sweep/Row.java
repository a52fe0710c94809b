package io.github.rider.experiments.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an experiment's results table (a line of {@code results.csv}): named values
 * (numbers, strings, booleans) in insertion order. Non-finite numbers are kept as NaN and written
 * as empty CSV fields / JSON strings.
 */
public final class Row {

  private final LinkedHashMap<String, Object> values;

  public Row() {
    this.values = new LinkedHashMap<>();
  }

  /** A row holding a copy of {@code values}. */
  public Row(Map<String, ?> values) {
    this.values = new LinkedHashMap<>(values);
  }

  /** Sets {@code key} to {@code value}; returns this row. */
  public Row put(String key, Object value) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("row key must not be blank, was '" + key + "'");
    }
    values.put(key, value);
    return this;
  }

  /** The values, read-only, in insertion order. */
  public Map<String, Object> values() {
    return Collections.unmodifiableMap(values);
  }

  /** The value of {@code key} as a double: numbers as they are, "NaN"/missing/null as NaN. */
  public double number(String key) {
    Object v = values.get(key);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /** The value of {@code key} as text ("" when missing). */
  public String text(String key) {
    Object v = values.get(key);
    return v == null ? "" : String.valueOf(v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Row r && r.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}

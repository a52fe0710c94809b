package io.github.rider.device.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON form of a {@link DeviceSpec}: one flat object with a {@code "family"} discriminator and the
 * parameters under their AIHWKit names in Java case (the components of {@link PulsedParams} and
 * {@link Bounds} are written inline), e.g.
 * {@code {"family":"soft-bounds","dwMin":0.001,...,"wMax":0.6,...}}. Missing parameters take the
 * family's defaults ({@link #defaults}); unknown fields, wrong types and invalid values are
 * rejected with an {@link IllegalArgumentException} naming the field.
 */
public final class DeviceSpecJson {

  /** Strict reading: a duplicate key or anything after the one object is an error. */
  private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Map<String, DeviceSpec> DEFAULTS = new LinkedHashMap<>();

  static {
    for (DeviceSpec s : new DeviceSpec[] {
      ConstantStepSpec.DEFAULTS, LinearStepSpec.DEFAULTS, SoftBoundsSpec.DEFAULTS,
      ExpStepSpec.DEFAULTS, PowStepSpec.DEFAULTS, PiecewiseStepSpec.DEFAULTS,
      LinearSpec.DEFAULTS, PowerSpec.DEFAULTS, ExponentialSpec.DEFAULTS, AldSpec.DEFAULTS}) {
      DEFAULTS.put(s.family(), s);
    }
  }

  private DeviceSpecJson() {}

  /** The family ids. */
  public static List<String> families() {
    return List.copyOf(DEFAULTS.keySet());
  }

  /** The default spec of {@code family} (AIHWKit's Python defaults for AIHWKit's families). */
  public static DeviceSpec defaults(String family) {
    DeviceSpec s = DEFAULTS.get(family);
    if (s == null) {
      throw new IllegalArgumentException(
          "unknown device family '" + family + "'; known families: " + String.join(", ",
              DEFAULTS.keySet()));
    }
    return s;
  }

  /** The spec as a JSON object tree. */
  public static ObjectNode toTree(DeviceSpec spec) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("family", spec.family());
    for (Map.Entry<String, Object> e : flatten(spec).entrySet()) {
      Object v = e.getValue();
      if (v instanceof Double d) {
        node.put(e.getKey(), d);
      } else if (v instanceof Boolean b) {
        node.put(e.getKey(), b);
      } else {
        ArrayNode a = node.putArray(e.getKey());
        for (double x : (double[]) v) {
          a.add(x);
        }
      }
    }
    return node;
  }

  /** The spec as pretty-printed JSON text. */
  public static String toJson(DeviceSpec spec) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(spec));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses JSON text: exactly one object, without duplicate keys. */
  public static DeviceSpec fromJson(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("device spec is not valid JSON: "
          + e.getOriginalMessage(), e);
    }
    return fromTree(node);
  }

  /** Reads a spec from a JSON object tree. */
  public static DeviceSpec fromTree(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("device spec must be a JSON object");
    }
    JsonNode fam = node.get("family");
    if (fam == null || !fam.isTextual()) {
      throw new IllegalArgumentException(
          "device spec needs a text field \"family\", one of " + String.join(", ",
              DEFAULTS.keySet()));
    }
    DeviceSpec base = defaults(fam.asText());
    Map<String, Object> values = flatten(base);
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String name = f.getKey();
      if (name.equals("family")) {
        continue;
      }
      Object old = values.get(name);
      if (old == null) {
        throw new IllegalArgumentException("unknown field \"" + name + "\" for device family '"
            + base.family() + "'; known fields: " + String.join(", ", values.keySet()));
      }
      values.put(name, convert(name, old, f.getValue()));
    }
    DeviceSpec spec = (DeviceSpec) build(base.getClass(), values);
    requireTrainingFriendly(spec, values);
    return spec;
  }

  /**
   * Refuses a spec whose nominal device violates Definition 2.1 ({@link TrainingFriendly}),
   * naming the parameters that cause it: those whose reset to the family default alone removes
   * the violation (else every parameter that differs from the default).
   */
  private static void requireTrainingFriendly(DeviceSpec spec, Map<String, Object> values) {
    Optional<String> v = TrainingFriendly.violation(spec);
    if (v.isEmpty()) {
      return;
    }
    DeviceSpec family = defaults(spec.family());
    Map<String, Object> defaults = flatten(family);
    List<String> changed = new ArrayList<>();
    List<String> culprits = new ArrayList<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Object d = defaults.get(e.getKey());
      if (java.util.Objects.deepEquals(d, e.getValue())) {
        continue;
      }
      changed.add(e.getKey());
      Map<String, Object> reset = new LinkedHashMap<>(values);
      reset.put(e.getKey(), d);
      try {
        if (TrainingFriendly.violation((DeviceSpec) build(spec.getClass(), reset)).isEmpty()) {
          culprits.add(e.getKey());
        }
      } catch (IllegalArgumentException ignored) {
        // the reset alone makes an invalid spec; it does not single this parameter out
      }
    }
    List<String> named = culprits.isEmpty() ? changed : culprits;
    throw new IllegalArgumentException("device '" + spec.family() + "' is not training-friendly: "
        + v.get() + (named.isEmpty() ? "" : "; offending parameter" + (named.size() > 1 ? "s " : " ")
            + String.join(", ", named)));
  }

  private static Object convert(String name, Object old, JsonNode v) {
    if (old instanceof Double) {
      if (!v.isNumber()) {
        throw new IllegalArgumentException(
            "field \"" + name + "\" must be a number, was " + v);
      }
      return v.doubleValue();
    }
    if (old instanceof Boolean) {
      if (!v.isBoolean()) {
        throw new IllegalArgumentException(
            "field \"" + name + "\" must be true or false, was " + v);
      }
      return v.booleanValue();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(
          "field \"" + name + "\" must be an array of numbers, was " + v);
    }
    double[] out = new double[v.size()];
    for (int k = 0; k < out.length; k++) {
      if (!v.get(k).isNumber()) {
        throw new IllegalArgumentException(
            "field \"" + name + "\" must be an array of numbers, element " + k + " was "
                + v.get(k));
      }
      out[k] = v.get(k).doubleValue();
    }
    return out;
  }

  private static boolean isNested(Class<?> type) {
    return type == PulsedParams.class || type == Bounds.class;
  }

  /** Component values of a spec, nested PulsedParams/Bounds inlined, in declaration order. */
  static Map<String, Object> flatten(Object spec) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : spec.getClass().getRecordComponents()) {
      Object v = get(c, (Record) spec);
      if (isNested(c.getType())) {
        out.putAll(flatten(v));
      } else {
        out.put(c.getName(), v);
      }
    }
    return out;
  }

  private static Object build(Class<?> type, Map<String, Object> values) {
    RecordComponent[] cs = type.getRecordComponents();
    Class<?>[] types = new Class<?>[cs.length];
    Object[] args = new Object[cs.length];
    for (int k = 0; k < cs.length; k++) {
      types[k] = cs[k].getType();
      args[k] = isNested(types[k]) ? build(types[k], values) : values.get(cs[k].getName());
    }
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(types);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException("invalid device spec: " + iae.getMessage(), iae);
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Names of the JSON parameters of {@code family}, in order. */
  public static List<String> fieldNames(String family) {
    return new ArrayList<>(flatten(defaults(family)).keySet());
  }
}

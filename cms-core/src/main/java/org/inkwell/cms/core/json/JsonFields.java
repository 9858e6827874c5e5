package org.inkwell.cms.core.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;

/** Reads typed members of a JSON object and collects every type error, named by field. */
public final class JsonFields {

  /** Deepest nesting of objects and arrays a request body may have. */
  public static final int MAX_DEPTH = 32;

  private final JsonObject json;
  private final String prefix;
  private final List<FieldError> errors;

  private JsonFields(JsonObject json, String prefix, List<FieldError> errors) {
    this.json = json;
    this.prefix = prefix;
    this.errors = errors;
  }

  /**
   * Parses a request body that must be one JSON object. Refused, as client mistakes: a member
   * named twice in one object (parsers silently keep one of them) and nesting deeper than {@link
   * #MAX_DEPTH} (no request needs it, and the parser's own limit fails as an unexplained error).
   */
  public static JsonFields parse(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "must be a JSON object");
    }
    try (JsonParser parser = Json.PROVIDER.createParser(new StringReader(body))) {
      if (parser.next() != JsonParser.Event.START_OBJECT) {
        throw new InvalidInputException("body", "must be a JSON object");
      }
      JsonObject object = readObject(parser, "", 1);
      if (parser.hasNext()) {
        throw new InvalidInputException("body", "must be one JSON object with nothing after it");
      }
      return new JsonFields(object, "", new ArrayList<>());
    }
  }

  private static JsonObject readObject(JsonParser parser, String path, int depth) {
    JsonObjectBuilder object = Json.object();
    Set<String> names = new HashSet<>();
    for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
      String name = parser.getString();
      if (!names.add(name)) {
        throw new InvalidInputException(path + name, "appears more than once in the object");
      }
      object.add(name, readValue(parser, parser.next(), path + name, depth));
    }
    return object.build();
  }

  private static JsonArray readArray(JsonParser parser, String path, int depth) {
    JsonArrayBuilder array = Json.array();
    for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
      array.add(readValue(parser, event, path, depth));
    }
    return array.build();
  }

  private static JsonValue readValue(JsonParser parser, JsonParser.Event event, String path, int depth) {
    if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
      if (depth >= MAX_DEPTH) {
        throw new InvalidInputException(path, "is nested deeper than " + MAX_DEPTH + " levels");
      }
      return event == JsonParser.Event.START_OBJECT
          ? readObject(parser, path + ".", depth + 1)
          : readArray(parser, path, depth + 1);
    }
    return parser.getValue();
  }

  public boolean has(String name) {
    return json.containsKey(name) && json.get(name).getValueType() != ValueType.NULL;
  }

  /** Whether the member is there with the value {@code null}: in a merge patch, "remove this". */
  public boolean isNull(String name) {
    return json.containsKey(name) && json.get(name).getValueType() == ValueType.NULL;
  }

  public String string(String name) {
    return read(name, "must be a string", v -> v instanceof JsonString s ? s.getString() : null);
  }

  public Boolean bool(String name) {
    return read(
        name,
        "must be true or false",
        v -> v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : null);
  }

  public Instant instant(String name) {
    String text = read(name, "must be a date-time string", v -> v instanceof JsonString s ? s.getString() : null);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(prefix + name, "must be an ISO-8601 date-time with offset, e.g. 2025-05-01T09:00:00+02:00"));
      return null;
    }
  }

  /**
   * A list of strings; each element may also be an object whose {@code key} member is the string
   * (so that what a client read can be sent back as it is).
   */
  public List<String> strings(String name, String key) {
    return read(
        name,
        "must be an array of strings",
        v -> {
          if (!(v instanceof JsonArray array)) {
            return null;
          }
          List<String> result = new ArrayList<>();
          for (JsonValue element : array) {
            String s = stringOrMember(element, key);
            if (s == null) {
              return null;
            }
            result.add(s);
          }
          return result;
        });
  }

  /** A whole number within {@code [min, max]}. */
  public Integer integer(String name, int min, int max) {
    Integer value = read(name, "must be a whole number", JsonFields::wholeNumber);
    if (value != null && (value < min || value > max)) {
      errors.add(new FieldError(prefix + name, "must be between " + min + " and " + max));
      return null;
    }
    return value;
  }

  /** A number within {@code [min, max]}. */
  public Double number(String name, double min, double max) {
    Double value = read(name, "must be a number", v -> v instanceof JsonNumber n ? n.doubleValue() : null);
    if (value != null && (value < min || value > max)) {
      errors.add(new FieldError(prefix + name, "must be between " + min + " and " + max));
      return null;
    }
    return value;
  }

  /** An array of ids: positive whole numbers. */
  public List<Long> ids(String name) {
    return read(
        name,
        "must be an array of article ids (positive whole numbers)",
        v -> {
          if (!(v instanceof JsonArray array)) {
            return null;
          }
          List<Long> result = new ArrayList<>();
          for (JsonValue element : array) {
            Long id = positiveLong(element);
            if (id == null) {
              return null;
            }
            result.add(id);
          }
          return result;
        });
  }

  /** An id: a positive whole number. */
  public Long id(String name) {
    return read(name, "must be an id (a positive whole number)", JsonFields::positiveLong);
  }

  /** A string, or an object whose {@code key} member is that string. */
  public String stringOrMember(String name, String key) {
    return read(name, "must be a string", v -> stringOrMember(v, key));
  }

  public JsonFields object(String name) {
    JsonObject nested = read(name, "must be an object", v -> v instanceof JsonObject o ? o : null);
    return nested == null ? null : new JsonFields(nested, prefix + name + ".", errors);
  }

  /** An array of objects, each read with its place in the field names: {@code items[0].label}. */
  public List<JsonFields> objects(String name) {
    JsonArray array = read(
        name,
        "must be an array of objects",
        v -> v instanceof JsonArray a && a.stream().allMatch(JsonObject.class::isInstance) ? a : null);
    List<JsonFields> objects = new ArrayList<>();
    for (int i = 0; array != null && i < array.size(); i++) {
      objects.add(new JsonFields(array.getJsonObject(i), prefix + name + "[" + i + "].", errors));
    }
    return objects;
  }

  /** Reports members that are neither accepted nor known read-only members. */
  public JsonFields rejectUnknown(Set<String> accepted, Set<String> readOnly) {
    for (String key : json.keySet()) {
      if (!accepted.contains(key) && !readOnly.contains(key)) {
        errors.add(new FieldError(prefix + key, "is not a known field"));
      }
    }
    return this;
  }

  /** Records a problem found by the caller, to be reported with the others. */
  public void reject(String name, String message) {
    errors.add(new FieldError(prefix + name, message));
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static String stringOrMember(JsonValue value, String key) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (key != null && value instanceof JsonObject o && o.get(key) instanceof JsonString s) {
      return s.getString();
    }
    return null;
  }

  private static Long positiveLong(JsonValue value) {
    if (value instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().signum() > 0
        && n.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
      return n.longValue();
    }
    return null;
  }

  private static Integer wholeNumber(JsonValue value) {
    if (value instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.bigDecimalValue().intValueExact();
      } catch (ArithmeticException tooLarge) {
        return null;
      }
    }
    return null;
  }

  private <T> T read(String name, String expectation, Function<JsonValue, T> convert) {
    if (!has(name)) {
      return null;
    }
    T value = convert.apply(json.get(name));
    if (value == null) {
      errors.add(new FieldError(prefix + name, expectation));
    }
    return value;
  }
}

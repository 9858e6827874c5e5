package org.inkwell.cms.core.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/** Small helpers for writing responses with explicit nulls and ISO-8601 dates. */
public final class Json {

  // jakarta.json.Json looks the provider up with a ServiceLoader on every call: far too slow for
  // every response, so look it up once.
  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private Json() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static void put(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  public static void put(JsonObjectBuilder b, String name, Instant value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atOffset(ZoneOffset.UTC)));
    }
  }

  public static JsonValue array(Collection<? extends JsonValue> values) {
    JsonArrayBuilder b = array();
    values.forEach(b::add);
    return b.build();
  }
}

package org.inkwell.cms.articles.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Optional;
import org.inkwell.cms.core.event.ArticlePublished;

/**
 * Content events as the journal stores them: the event's record as JSON under its simple name.
 * Only records of the core event package are read back, so a row can never name another class.
 */
final class JournalCodec {

  private static final String EVENTS = ArticlePublished.class.getPackageName();

  private static final Jsonb JSON = JsonbBuilder.create();

  private JournalCodec() {}

  static String type(Object event) {
    Class<?> type = event.getClass();
    if (!type.isRecord() || !type.getPackageName().equals(EVENTS)) {
      throw new IllegalArgumentException("Not a content event: " + type.getName());
    }
    return type.getSimpleName();
  }

  static String payload(Object event) {
    return JSON.toJson(event);
  }

  /** The event a row holds; empty for a type this version does not know (written by a newer one). */
  static Optional<Object> event(String type, String payload) {
    if (!type.matches("[A-Z][A-Za-z0-9]*")) {
      return Optional.empty();
    }
    Class<?> eventType;
    try {
      eventType = Class.forName(EVENTS + "." + type, false, JournalCodec.class.getClassLoader());
    } catch (ClassNotFoundException unknown) {
      return Optional.empty();
    }
    if (!eventType.isRecord()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.fromJson(payload, eventType));
    } catch (JsonbException unreadable) {
      return Optional.empty();
    }
  }
}

package org.inkwell.cms.relatedposts.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inkwell.cms.core.json.Json;

/**
 * Editors' pins that come with the demo site ({@code demo-curation.json}), named by slug since the
 * articles' ids are only known once they are stored. The engine applies them at the start-up that
 * loaded the demo content, as an editor would have: stored, and never again after that start.
 */
record DemoCuration(Map<String, List<String>> pinnedBySlug) {

  static final DemoCuration NONE = new DemoCuration(Map.of());

  private static final String SHIPPED = "demo-curation.json";

  DemoCuration {
    pinnedBySlug = Map.copyOf(pinnedBySlug);
  }

  /** The pins this plugin ships for the demo site. */
  static DemoCuration shipped() {
    try (InputStream in = Objects.requireNonNull(DemoCuration.class.getResourceAsStream(SHIPPED), SHIPPED)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SHIPPED, e);
    }
  }

  static DemoCuration read(InputStream json) {
    try (JsonReader reader = Json.PROVIDER.createReader(json)) {
      JsonObject pinned = reader.readObject().getJsonObject("pinned");
      Map<String, List<String>> bySlug = new LinkedHashMap<>();
      pinned.forEach((slug, posts) ->
          bySlug.put(slug, posts.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
      return new DemoCuration(bySlug);
    }
  }

  boolean names(String slug) {
    return pinnedBySlug.containsKey(slug) || pinnedBySlug.values().stream().anyMatch(posts -> posts.contains(slug));
  }

  /**
   * The curations these pins make of the published articles among {@code idsBySlug}: a post that is
   * not published (the demo changed) is left out, and an article left without pins gets none.
   */
  Map<Long, Curation> resolve(Map<String, Long> idsBySlug) {
    Map<Long, Curation> curations = new HashMap<>();
    pinnedBySlug.forEach((slug, posts) -> {
      Long article = idsBySlug.get(slug);
      List<Long> pins = posts.stream().map(idsBySlug::get).filter(Objects::nonNull).filter(id -> !id.equals(article))
          .distinct().limit(CurationRules.MAX_POSTS).toList();
      if (article != null && !pins.isEmpty()) {
        curations.put(article, new Curation(pins, List.of()));
      }
    });
    return curations;
  }
}

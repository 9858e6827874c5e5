package org.inkwell.cms.relatedposts.internal;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.RelatedSettings.Weights;

/** Settings as JSON, for the REST API and for storage: one format, validated the same way. */
public final class SettingsJson {

  private static final Set<String> FIELDS =
      Set.of("count", "maxPerCategory", "excludedCategories", "excludedTags", "weights", "minScore");
  private static final Set<String> WEIGHTS = Set.of("samePrimaryCategory", "categoryTree", "tags", "text", "recency");

  private SettingsJson() {}

  public static JsonObject write(RelatedSettings s) {
    Weights w = s.weights();
    return Json.object()
        .add("count", s.count())
        .add("maxPerCategory", s.maxPerCategory())
        .add("excludedCategories", Json.array(s.excludedCategories().stream().sorted().map(Json.PROVIDER::createValue).toList()))
        .add("excludedTags", Json.array(s.excludedTags().stream().sorted().map(Json.PROVIDER::createValue).toList()))
        .add(
            "weights",
            Json.object()
                .add("samePrimaryCategory", w.samePrimaryCategory())
                .add("categoryTree", w.categoryTree())
                .add("tags", w.tags())
                .add("text", w.text())
                .add("recency", w.recency()))
        .add("minScore", s.minScore())
        .build();
  }

  /**
   * Settings from JSON: members left out keep their value in {@code base}; every invalid member is
   * reported by name.
   */
  public static RelatedSettings read(String body, RelatedSettings base) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(FIELDS, Set.of());
    Integer count = json.integer("count", 1, RelatedSettings.MAX_COUNT);
    Integer maxPerCategory = json.integer("maxPerCategory", 0, RelatedSettings.MAX_COUNT);
    Set<String> categories = slugs(json, "excludedCategories");
    Set<String> tags = slugs(json, "excludedTags");
    Double minScore = json.number("minScore", 0, RelatedSettings.MAX_WEIGHT);
    Weights w = base.weights();
    JsonFields weights = json.object("weights");
    if (weights != null) {
      weights.rejectUnknown(WEIGHTS, Set.of());
      w =
          new Weights(
              or(weights.number("samePrimaryCategory", 0, RelatedSettings.MAX_WEIGHT), w.samePrimaryCategory()),
              or(weights.number("categoryTree", 0, RelatedSettings.MAX_WEIGHT), w.categoryTree()),
              or(weights.number("tags", 0, RelatedSettings.MAX_WEIGHT), w.tags()),
              or(weights.number("text", 0, RelatedSettings.MAX_WEIGHT), w.text()),
              or(weights.number("recency", 0, RelatedSettings.MAX_RECENCY), w.recency()));
    }
    json.throwIfInvalid();
    return new RelatedSettings(
        or(count, base.count()),
        or(maxPerCategory, base.maxPerCategory()),
        categories == null ? base.excludedCategories() : categories,
        tags == null ? base.excludedTags() : tags,
        w,
        or(minScore, base.minScore()));
  }

  private static Set<String> slugs(JsonFields json, String name) {
    List<String> values = json.strings(name, "slug");
    if (values == null) {
      return null;
    }
    Set<String> slugs = new HashSet<>();
    for (String value : values) {
      if (!Slug.isValid(value)) {
        json.reject(name, "'" + value + "' is not a slug (lower-case letters, digits and hyphens)");
      }
      slugs.add(value);
    }
    return slugs;
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}

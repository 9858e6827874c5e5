package org.inkwell.cms.articles.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.SiteSettingsInput;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;

/** The JSON of {@code /api/site}: what GET returns and what PUT and PATCH accept. */
final class SiteJson {

  static final Set<String> ACCEPTED = Set.of(
      "name", "tagline", "address", "timeZone", "perPage", "socialImageId", "iconId", "discourageSearchEngines");
  /** What a client read and may send back unchanged; ignored. */
  static final Set<String> READ_ONLY = Set.of("socialImage", "icon");

  /** Where a PUT starts from: a member left out is none, or the default. */
  static final SiteSettingsInput NOTHING = new SiteSettingsInput(null, null, null, null, null, null, null, false);

  private SiteJson() {}

  /**
   * @param unchanged what a member left out stays: {@link #NOTHING} for a PUT, the current
   *     settings for a PATCH; a member sent as {@code null} is none (or the default) in both
   */
  static SiteSettingsInput read(String body, SiteSettingsInput unchanged) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(ACCEPTED, READ_ONLY);
    SiteSettingsInput input = new SiteSettingsInput(
        member(json, "name", json::string, unchanged.name()),
        member(json, "tagline", json::string, unchanged.tagline()),
        member(json, "address", json::string, unchanged.address()),
        member(json, "timeZone", json::string, unchanged.timeZone()),
        member(json, "perPage", n -> json.integer(n, Integer.MIN_VALUE, Integer.MAX_VALUE), unchanged.perPage()),
        member(json, "socialImageId", json::id, unchanged.socialImageId()),
        member(json, "iconId", json::id, unchanged.iconId()),
        Boolean.TRUE.equals(member(json, "discourageSearchEngines", json::bool, unchanged.discourageSearchEngines())));
    json.throwIfInvalid();
    return input;
  }

  private static <T> T member(JsonFields json, String name, Function<String, T> read, T unchanged) {
    if (json.isNull(name)) {
      return null;
    }
    return json.has(name) ? read.apply(name) : unchanged;
  }

  /**
   * @param absolute turns the service's root-relative URLs into absolute ones
   */
  static JsonObject write(SiteSettings s, UnaryOperator<String> absolute) {
    JsonObjectBuilder b = Json.object();
    Json.put(b, "name", s.name());
    Json.put(b, "tagline", s.tagline());
    Json.put(b, "address", s.address());
    Json.put(b, "timeZone", s.timeZone().getId());
    b.add("perPage", s.perPage());
    b.add("socialImageId", id(s.socialImage()));
    b.add("socialImage", image(s.socialImage(), absolute));
    b.add("iconId", id(s.icon()));
    b.add("icon", image(s.icon(), absolute));
    b.add("discourageSearchEngines", s.discourageSearchEngines());
    return b.build();
  }

  private static JsonValue id(MediaDetails m) {
    return m == null ? JsonValue.NULL : Json.PROVIDER.createValue(m.id());
  }

  private static JsonValue image(MediaDetails m, UnaryOperator<String> absolute) {
    if (m == null) {
      return JsonValue.NULL;
    }
    JsonObjectBuilder b = Json.object();
    b.add("id", m.id());
    Json.put(b, "url", absolute.apply(m.url()));
    Json.put(b, "mediaType", m.mediaType());
    b.add("width", m.width());
    b.add("height", m.height());
    return b.build();
  }
}

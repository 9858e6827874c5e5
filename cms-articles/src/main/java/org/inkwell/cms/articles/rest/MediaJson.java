package org.inkwell.cms.articles.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;

/** The JSON of the media library: what {@code /api/media} returns and what PATCH accepts. */
final class MediaJson {

  /** What a client may change. */
  static final Set<String> ACCEPTED = Set.of("altText", "caption");
  /** What a client read and may send back unchanged; ignored. */
  static final Set<String> READ_ONLY =
      Set.of("id", "fileName", "mediaType", "width", "height", "bytes", "uploadedBy", "uploadedAt", "url", "variants");

  private MediaJson() {}

  /** The texts of a PATCH body; a member left out is {@code null} (unchanged), {@code ""} clears. */
  record Texts(String altText, String caption) {}

  static Texts read(String body) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(ACCEPTED, READ_ONLY);
    Texts texts = new Texts(json.string("altText"), json.string("caption"));
    json.throwIfInvalid();
    return texts;
  }

  /**
   * @param absolute turns the service's root-relative URLs into absolute ones
   */
  static JsonObject write(MediaDetails m, UnaryOperator<String> absolute) {
    JsonObjectBuilder b = Json.object();
    b.add("id", m.id());
    Json.put(b, "fileName", m.fileName());
    Json.put(b, "mediaType", m.mediaType());
    b.add("width", m.width());
    b.add("height", m.height());
    b.add("bytes", m.bytes());
    Json.put(b, "altText", m.altText());
    Json.put(b, "caption", m.caption());
    JsonObjectBuilder uploader = Json.object();
    Json.put(uploader, "login", m.uploadedBy().login());
    Json.put(uploader, "name", m.uploadedBy().name());
    b.add("uploadedBy", uploader);
    Json.put(b, "uploadedAt", m.uploadedAt());
    Json.put(b, "url", absolute.apply(m.url()));
    b.add("variants", Json.array(m.variants().stream().map(v -> write(v, absolute)).toList()));
    return b.build();
  }

  private static JsonObject write(MediaVariant v, UnaryOperator<String> absolute) {
    JsonObjectBuilder b = Json.object();
    Json.put(b, "name", v.name());
    b.add("width", v.width());
    b.add("height", v.height());
    Json.put(b, "url", absolute.apply(v.url()));
    return b.build();
  }
}

package org.inkwell.cms.articles.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.inkwell.cms.articles.wordpress.ImportCounts;
import org.inkwell.cms.articles.wordpress.ImportReport;
import org.inkwell.cms.core.json.Json;

/** The JSON of a WordPress import, as {@code /api/imports} returns it. */
final class ImportJson {

  private ImportJson() {}

  static JsonObject write(ImportReport r) {
    JsonObjectBuilder b = Json.object();
    b.add("id", r.id());
    b.add("state", r.state().wireName());
    b.add("progress", Json.object().add("done", r.done()).add("total", r.total()));
    b.add("created", counts(r.created()));
    b.add("updated", counts(r.updated()));
    b.add("skipped", counts(r.skipped()));
    b.add("problems", Json.array(r.problems().stream()
        .map(p -> (jakarta.json.JsonValue) Json.object().add("item", p.item()).add("message", p.message()).build())
        .toList()));
    Json.put(b, "source", r.source());
    Json.put(b, "failure", r.failure());
    Json.put(b, "createdAt", r.createdAt());
    Json.put(b, "updatedAt", r.updatedAt());
    return b.build();
  }

  private static JsonObjectBuilder counts(ImportCounts c) {
    return Json.object()
        .add("posts", c.posts())
        .add("pages", c.pages())
        .add("categories", c.categories())
        .add("tags", c.tags())
        .add("authors", c.authors())
        .add("media", c.media());
  }
}

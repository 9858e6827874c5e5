package org.inkwell.cms.articles.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.RevisionDetails;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.Term;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;

/** The article's JSON contract, both ways. */
final class ArticleJson {

  private static final Set<String> ACCEPTED =
      Set.of(
          "title", "slug", "body", "excerpt", "status", "publishAt", "category", "categories",
          "tags", "featuredImage", "seo", "sticky");
  private static final Set<String> READ_ONLY =
      Set.of("id", "author", "publishedAt", "createdAt", "updatedAt", "version", "link");
  private static final Set<String> SEO =
      Set.of("metaTitle", "metaDescription", "focusKeyphrase", "canonical", "noindex");

  private ArticleJson() {}

  static ArticleInput read(String text) {
    JsonFields json = JsonFields.parse(text).rejectUnknown(ACCEPTED, READ_ONLY);
    ArticleStatus status = status(json);
    String title = json.string("title");
    String slug = json.string("slug");
    String body = json.string("body");
    String excerpt = json.string("excerpt");
    java.time.Instant publishAt = json.instant("publishAt");
    String category = json.stringOrMember("category", "slug");
    List<String> categories = json.strings("categories", "slug");
    List<String> tags = json.strings("tags", "name");
    SeoFields seo = seo(json);
    FeaturedImage image = featuredImage(json);
    ArticleInput input =
        new ArticleInput(
            title, slug, body, excerpt, status, publishAt, category, categories, tags,
            image == null ? null : image.url(),
            image == null ? null : image.alt(),
            seo,
            json.bool("sticky"));
    json.throwIfInvalid();
    return input;
  }

  static ArticleStatus status(JsonFields json) {
    String value = json.string("status");
    if (value == null) {
      return null;
    }
    try {
      return ArticleStatus.parse("status", value);
    } catch (InvalidInputException e) {
      json.reject("status", e.errors().get(0).message());
      return null;
    }
  }

  /** The {@code featuredImage} member; {@code url} is empty when it removes the image. */
  record FeaturedImage(String url, String alt) {}

  static FeaturedImage featuredImage(JsonFields json) {
    JsonFields image = json.object("featuredImage");
    if (image == null) {
      return null;
    }
    image.rejectUnknown(Set.of("url", "alt"), Set.of());
    // An image object without a URL removes the image, also in a partial update.
    String url = image.string("url");
    return new FeaturedImage(url == null ? "" : url, image.string("alt"));
  }

  static SeoFields seo(JsonFields json) {
    JsonFields seo = json.object("seo");
    if (seo == null) {
      return null;
    }
    seo.rejectUnknown(SEO, Set.of());
    return new SeoFields(
        seo.string("metaTitle"),
        seo.string("metaDescription"),
        seo.string("focusKeyphrase"),
        seo.string("canonical"),
        seo.bool("noindex"));
  }

  static JsonObject write(ArticleDetails a, String link) {
    JsonObjectBuilder b = Json.object();
    b.add("id", a.id());
    Json.put(b, "title", a.title());
    Json.put(b, "slug", a.slug());
    Json.put(b, "status", a.status().wireName());
    Json.put(b, "body", a.body());
    Json.put(b, "excerpt", a.excerpt());
    b.add("author", person(a.author()));
    b.add("category", term(a.category()));
    b.add("categories", Json.array(a.categories().stream().map(ArticleJson::term).toList()));
    b.add("tags", Json.array(a.tags().stream().map(ArticleJson::term).toList()));
    Json.put(b, "publishAt", a.publishAt());
    Json.put(b, "publishedAt", a.publishedAt());
    Json.put(b, "createdAt", a.createdAt());
    Json.put(b, "updatedAt", a.updatedAt());
    b.add("version", a.version());
    Json.put(b, "link", link);
    b.add("sticky", a.sticky());
    putImageAndSeo(b, a.featuredImage(), a.featuredImageAlt(), a.seo());
    return b.build();
  }

  static void putImageAndSeo(JsonObjectBuilder b, String imageUrl, String imageAlt, SeoFields fields) {
    if (imageUrl == null) {
      b.addNull("featuredImage");
    } else {
      JsonObjectBuilder image = Json.object();
      Json.put(image, "url", imageUrl);
      Json.put(image, "alt", imageAlt);
      b.add("featuredImage", image);
    }
    JsonObjectBuilder seo = Json.object();
    Json.put(seo, "metaTitle", fields.metaTitle());
    Json.put(seo, "metaDescription", fields.metaDescription());
    Json.put(seo, "focusKeyphrase", fields.focusKeyphrase());
    Json.put(seo, "canonical", fields.canonical());
    seo.add("noindex", Boolean.TRUE.equals(fields.noindex()));
    b.add("seo", seo);
  }

  static JsonObject write(RevisionDetails r) {
    JsonObjectBuilder b = Json.object();
    b.add("number", r.number());
    Json.put(b, "title", r.title());
    Json.put(b, "body", r.body());
    Json.put(b, "excerpt", r.excerpt());
    b.add("savedBy", person(r.savedBy()));
    Json.put(b, "savedAt", r.savedAt());
    return b.build();
  }

  static ArticleStatus parseStatusFilter(String value) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new InvalidInputException("status", "must not be empty");
    }
    return ArticleStatus.parse("status", value);
  }

  static JsonObject person(Person p) {
    JsonObjectBuilder b = Json.object();
    Json.put(b, "login", p.login());
    Json.put(b, "name", p.name());
    return b.build();
  }

  private static JsonObject term(Term t) {
    JsonObjectBuilder b = Json.object();
    Json.put(b, "slug", t.slug());
    Json.put(b, "name", t.name());
    return b.build();
  }
}

package org.inkwell.cms.articles.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
          "tags", "featuredImage", "seo");
  private static final Set<String> READ_ONLY =
      Set.of("id", "author", "publishedAt", "createdAt", "updatedAt", "version", "link");
  private static final Set<String> SEO =
      Set.of("metaTitle", "metaDescription", "focusKeyphrase", "canonical", "noindex");

  private ArticleJson() {}

  static ArticleInput read(String body) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(ACCEPTED, READ_ONLY);
    ArticleStatus status = status(json);
    JsonFields image = json.object("featuredImage");
    JsonFields seo = json.object("seo");
    if (seo != null) {
      seo.rejectUnknown(SEO, Set.of());
    }
    if (image != null) {
      image.rejectUnknown(Set.of("url", "alt"), Set.of());
    }
    ArticleInput input =
        new ArticleInput(
            json.string("title"),
            json.string("slug"),
            json.string("body"),
            json.string("excerpt"),
            status,
            json.instant("publishAt"),
            json.stringOrMember("category", "slug"),
            json.strings("categories", "slug"),
            json.strings("tags", "name"),
            image == null ? null : blankAsEmpty(image.string("url")),
            image == null ? null : image.string("alt"),
            seo == null
                ? null
                : new SeoFields(
                    seo.string("metaTitle"),
                    seo.string("metaDescription"),
                    seo.string("focusKeyphrase"),
                    seo.string("canonical"),
                    seo.bool("noindex")));
    json.throwIfInvalid();
    return input;
  }

  private static ArticleStatus status(JsonFields json) {
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

  // An image object without a URL removes the image, also in a partial update.
  private static String blankAsEmpty(String url) {
    return url == null ? "" : url;
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
    if (a.featuredImage() == null) {
      b.addNull("featuredImage");
    } else {
      JsonObjectBuilder image = Json.object();
      Json.put(image, "url", a.featuredImage());
      Json.put(image, "alt", a.featuredImageAlt());
      b.add("featuredImage", image);
    }
    JsonObjectBuilder seo = Json.object();
    Json.put(seo, "metaTitle", a.seo().metaTitle());
    Json.put(seo, "metaDescription", a.seo().metaDescription());
    Json.put(seo, "focusKeyphrase", a.seo().focusKeyphrase());
    Json.put(seo, "canonical", a.seo().canonical());
    seo.add("noindex", Boolean.TRUE.equals(a.seo().noindex()));
    b.add("seo", seo);
    return b.build();
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

  private static JsonObject person(Person p) {
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

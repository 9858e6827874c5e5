package org.inkwell.cms.articles.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageInput;
import org.inkwell.cms.articles.PageLink;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;

/** The page's JSON contract, both ways; shared members are written as {@link ArticleJson} does. */
final class PageJson {

  private static final Set<String> ACCEPTED =
      Set.of("title", "slug", "body", "status", "parent", "menuOrder", "featuredImage", "seo");
  private static final Set<String> READ_ONLY =
      Set.of("id", "path", "author", "ancestors", "publishedAt", "createdAt", "updatedAt", "version", "link");

  private PageJson() {}

  static PageInput read(String body) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(ACCEPTED, READ_ONLY);
    ArticleStatus status = ArticleJson.status(json);
    Integer parent = json.integer("parent", 0, Integer.MAX_VALUE);
    Integer menuOrder = json.integer("menuOrder", Integer.MIN_VALUE, Integer.MAX_VALUE);
    ArticleJson.FeaturedImage image = ArticleJson.featuredImage(json);
    SeoFields seo = ArticleJson.seo(json);
    PageInput input =
        new PageInput(
            json.string("title"),
            json.string("slug"),
            json.string("body"),
            status,
            parent == null ? null : parent.longValue(),
            menuOrder,
            image == null ? null : image.url(),
            image == null ? null : image.alt(),
            seo);
    json.throwIfInvalid();
    return input;
  }

  /** A status filter: {@code draft}, {@code published}, {@code trashed}, or {@code any} but the trash. */
  static Set<ArticleStatus> statusFilter(String value) {
    if (value == null) {
      return null;
    }
    String wire = value.strip();
    if (wire.equalsIgnoreCase("any")) {
      return Set.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED);
    }
    for (ArticleStatus status : Set.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED, ArticleStatus.TRASHED)) {
      if (status.wireName().equalsIgnoreCase(wire)) {
        return Set.of(status);
      }
    }
    throw new InvalidInputException("status", "must be one of draft, published, trashed, any");
  }

  static JsonObject write(PageDetails p, String link) {
    JsonObjectBuilder b = Json.object();
    b.add("id", p.id());
    Json.put(b, "title", p.title());
    Json.put(b, "slug", p.slug());
    Json.put(b, "path", "/" + p.path() + "/");
    Json.put(b, "status", p.status().wireName());
    Json.put(b, "body", p.body());
    b.add("author", ArticleJson.person(p.author()));
    if (p.parent() == null) {
      b.addNull("parent");
    } else {
      b.add("parent", p.parent());
    }
    b.add("menuOrder", p.menuOrder());
    b.add("ancestors", Json.array(p.ancestors().stream().map(PageJson::link).toList()));
    Json.put(b, "publishedAt", p.publishedAt());
    Json.put(b, "createdAt", p.createdAt());
    Json.put(b, "updatedAt", p.updatedAt());
    b.add("version", p.version());
    Json.put(b, "link", link);
    ArticleJson.putImageAndSeo(b, p.featuredImage(), p.featuredImageAlt(), p.seo());
    return b.build();
  }

  private static JsonObject link(PageLink l) {
    JsonObjectBuilder b = Json.object();
    b.add("id", l.id());
    Json.put(b, "title", l.title());
    Json.put(b, "path", "/" + l.path() + "/");
    return b.build();
  }
}

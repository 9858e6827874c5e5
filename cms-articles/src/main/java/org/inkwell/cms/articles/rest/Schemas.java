package org.inkwell.cms.articles.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON this module's resources read and write, as OpenAPI schemas. The {@code *Json} classes
 * build the JSON by hand; {@code SchemasTest} checks that articles, pages, media and categories write
 * exactly these members, and the API's integration test validates real answers against the
 * published document.
 */
final class Schemas {

  private Schemas() {}

  static final String JSON = "application/json";
  static final String MERGE_PATCH = "application/merge-patch+json";

  /** Whole numbers: the server would otherwise document Java longs and ints as any number. */
  private static final String INT64 = "int64";

  @Schema(name = "Article")
  record Article(
      @Schema(type = SchemaType.INTEGER, format = INT64) long id,
      String title,
      String slug,
      @Schema(enumeration = {"draft", "pending", "scheduled", "published", "trashed"}) String status,
      @Schema(description = "Sanitised HTML") String body,
      String excerpt,
      Person author,
      @Schema(nullable = true) Term category,
      List<Term> categories,
      List<Term> tags,
      @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) String publishAt,
      @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) String publishedAt,
      @Schema(type = SchemaType.STRING, format = "date-time") String createdAt,
      @Schema(type = SchemaType.STRING, format = "date-time") String updatedAt,
      @Schema(type = SchemaType.INTEGER, format = INT64, description = "Also the ETag") long version,
      @Schema(format = "uri") String link,
      @Schema(description = "Shown first on the home page, as WordPress's sticky posts") boolean sticky,
      @Schema(nullable = true) Image featuredImage,
      Seo seo) {}

  @Schema(name = "ArticleInput", description = "Members left out keep their value in a PATCH")
  record ArticleInput(
      String title,
      @Schema(description = "Another article's slug is refused (409, problem type slug-taken); an address"
          + " that redirects to another article too (409, slug-redirects), unless an editor takes it,"
          + " which ends the redirect") String slug,
      @Schema(description = "HTML; sanitised by an allow-list") String body,
      String excerpt,
      @Schema(enumeration = {"draft", "pending", "published"}) String status,
      @Schema(type = SchemaType.STRING, format = "date-time", nullable = true,
          description = "Set only by those who may publish the article (400 for contributors, unless"
              + " unchanged)") String publishAt,
      @Schema(description = "The primary category's slug") String category,
      List<String> categories,
      List<String> tags,
      @Schema(nullable = true) Image featuredImage,
      Seo seo,
      @Schema(description = "Set only by editors and administrators (400 for others, unless unchanged)")
          Boolean sticky) {}

  @Schema(name = "SitePage")
  record Page(
      @Schema(type = SchemaType.INTEGER, format = INT64) long id,
      String title,
      String slug,
      @Schema(description = "Its address below the site's root, e.g. /about/our-authors/") String path,
      @Schema(enumeration = {"draft", "published", "trashed"}) String status,
      @Schema(description = "Sanitised HTML") String body,
      Person author,
      @Schema(type = SchemaType.INTEGER, format = INT64, nullable = true, description = "The parent page's id") Long parent,
      @Schema(type = SchemaType.INTEGER, format = "int32", description = "Place among its siblings, lowest first") int menuOrder,
      List<PageLink> ancestors,
      @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) String publishedAt,
      @Schema(type = SchemaType.STRING, format = "date-time") String createdAt,
      @Schema(type = SchemaType.STRING, format = "date-time") String updatedAt,
      @Schema(type = SchemaType.INTEGER, format = INT64, description = "Also the ETag") long version,
      @Schema(format = "uri") String link,
      @Schema(nullable = true) Image featuredImage,
      Seo seo) {}

  @Schema(name = "PageLink", description = "A page above another, the top-level one first in ancestors")
  record PageLink(@Schema(type = SchemaType.INTEGER, format = INT64) long id, String title, String path) {}

  @Schema(name = "SitePageInput", description = "Members left out keep their value in a PATCH")
  record PageInput(
      String title,
      @Schema(description = "Shares one namespace with the articles' slugs") String slug,
      @Schema(description = "HTML; sanitised by an allow-list") String body,
      @Schema(enumeration = {"draft", "published"}) String status,
      @Schema(type = SchemaType.INTEGER, format = INT64, description = "The parent page's id; 0 makes it top-level") Long parent,
      @Schema(type = SchemaType.INTEGER, format = "int32") Integer menuOrder,
      @Schema(nullable = true) Image featuredImage,
      Seo seo) {}

  @Schema(name = "Revision")
  record Revision(
      @Schema(type = SchemaType.INTEGER, format = "int32") int number,
      String title,
      String body,
      String excerpt,
      Person savedBy,
      @Schema(type = SchemaType.STRING, format = "date-time") String savedAt) {}

  @Schema(name = "Person")
  record Person(String login, String name) {}

  @Schema(name = "Term")
  record Term(String slug, String name) {}

  @Schema(name = "Image")
  record Image(String url, @Schema(nullable = true) String alt) {}

  @Schema(name = "Seo")
  record Seo(
      @Schema(nullable = true) String metaTitle,
      @Schema(nullable = true) String metaDescription,
      @Schema(nullable = true) String focusKeyphrase,
      @Schema(nullable = true, format = "uri") String canonical,
      boolean noindex) {}

  @Schema(name = "Category")
  record Category(
      @Schema(type = SchemaType.INTEGER, format = INT64) long id,
      String slug,
      String name,
      @Schema(nullable = true) String description,
      @Schema(nullable = true, description = "The parent's slug") String parent,
      @Schema(type = SchemaType.INTEGER, format = INT64) long version) {}

  @Schema(name = "CategoryInput")
  record CategoryInput(
      String name,
      String slug,
      String description,
      @Schema(nullable = true, description = "The parent's slug; null makes it top-level") String parent) {}

  @Schema(name = "Tag")
  record Tag(@Schema(type = SchemaType.INTEGER, format = INT64) long id, String slug, String name) {}

  @Schema(name = "TagInput")
  record TagInput(String name, @Schema(description = "Only when renaming") String slug) {}

  @Schema(name = "TagMerge", requiredProperties = "into")
  record TagMerge(@Schema(type = SchemaType.INTEGER, format = "int32", description = "The id of the tag that stays") int into) {}

  @Schema(name = "User")
  record User(
      @Schema(type = SchemaType.INTEGER, format = INT64) long id,
      String login,
      String name,
      @Schema(nullable = true) String bio,
      @Schema(enumeration = {"admin", "editor", "author", "contributor"}) String role,
      boolean active,
      @Schema(type = SchemaType.STRING, format = "date-time") String createdAt) {}

  @Schema(name = "UserInput", description = "Members left out keep their value in a PATCH")
  record UserInput(
      String login,
      String name,
      String bio,
      @Schema(enumeration = {"admin", "editor", "author", "contributor"}) String role,
      boolean active,
      @Schema(format = "password", writeOnly = true) String password) {}

  @Schema(name = "Media")
  record Media(
      @Schema(type = SchemaType.INTEGER, format = INT64) long id,
      String fileName,
      String mediaType,
      @Schema(type = SchemaType.INTEGER, format = "int32") int width,
      @Schema(type = SchemaType.INTEGER, format = "int32") int height,
      @Schema(type = SchemaType.INTEGER, format = INT64) long bytes,
      @Schema(nullable = true) String altText,
      @Schema(nullable = true) String caption,
      Person uploadedBy,
      @Schema(type = SchemaType.STRING, format = "date-time") String uploadedAt,
      @Schema(format = "uri") String url,
      List<MediaVariant> variants) {}

  @Schema(name = "MediaVariant")
  record MediaVariant(
      String name,
      @Schema(type = SchemaType.INTEGER, format = "int32") int width,
      @Schema(type = SchemaType.INTEGER, format = "int32") int height,
      @Schema(format = "uri") String url) {}

  @Schema(name = "MediaTexts", description = "Members left out stay; an empty string clears")
  record MediaTexts(String altText, String caption) {}

  @Schema(name = "Site")
  record Site(
      String name,
      String tagline,
      @Schema(nullable = true, format = "uri", description = "The site's public address; CMS_SITE_URL overrides it") String address,
      @Schema(description = "A time zone id, e.g. Europe/Paris") String timeZone,
      @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "50") int perPage,
      @Schema(type = SchemaType.INTEGER, format = INT64, nullable = true) Long socialImageId,
      @Schema(nullable = true, description = "og:image of pages without an image of their own") SiteImage socialImage,
      @Schema(type = SchemaType.INTEGER, format = INT64, nullable = true) Long iconId,
      @Schema(nullable = true, description = "The favicon") SiteImage icon,
      boolean discourageSearchEngines) {}

  @Schema(name = "SiteImage")
  record SiteImage(
      @Schema(type = SchemaType.INTEGER, format = INT64) long id,
      @Schema(format = "uri") String url,
      String mediaType,
      @Schema(type = SchemaType.INTEGER, format = "int32") int width,
      @Schema(type = SchemaType.INTEGER, format = "int32") int height) {}

  @Schema(name = "SiteInput", description = "PUT: members left out are none, or the default; PATCH: they keep their value")
  record SiteInput(
      @Schema(maxLength = 200) String name,
      @Schema(nullable = true, maxLength = 500) String tagline,
      @Schema(nullable = true, format = "uri", description = "Absolute http(s) address without query or fragment") String address,
      @Schema(nullable = true, description = "A time zone id; default UTC (CMS_SITE_TIME_ZONE)") String timeZone,
      @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "50", nullable = true) Integer perPage,
      @Schema(type = SchemaType.INTEGER, format = INT64, nullable = true, description = "A media library image") Long socialImageId,
      @Schema(type = SchemaType.INTEGER, format = INT64, nullable = true, description = "A square media library image, 48 pixels or more") Long iconId,
      boolean discourageSearchEngines) {}

  @Schema(name = "Menu")
  record Menu(@Schema(enumeration = {"header", "footer"}) String location, List<MenuItem> items) {}

  @Schema(name = "MenuItem", description = "One of page, category, article and tag is there when the item opens the site's own content; children: its dropdown")
  record MenuItem(
      String label,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long page,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long category,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long article,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long tag,
      @Schema(nullable = true, description = "Where it leads readers now; null when its target is not public (not shown then)") String url,
      List<MenuChild> children) {}

  @Schema(name = "MenuChild", description = "An item under a top-level item; like it, with no children")
  record MenuChild(
      String label,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long page,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long category,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long article,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long tag,
      @Schema(nullable = true) String url) {}

  @Schema(name = "MenuInput", description = "At most 50 items, children included; no items removes the menu")
  record MenuInput(List<MenuItemInput> items) {}

  @Schema(name = "MenuItemInput", description = "A label and one target: url, or the id of a page, category, article or tag")
  record MenuItemInput(
      @Schema(maxLength = 100) String label,
      @Schema(description = "http(s), or an address of this site starting with /; ignored when an id names the target") String url,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long page,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long category,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long article,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long tag,
      List<MenuChildInput> children) {}

  @Schema(name = "MenuChildInput", description = "An item under a top-level item: a label and one target")
  record MenuChildInput(
      @Schema(maxLength = 100) String label,
      String url,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long page,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long category,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long article,
      @Schema(type = SchemaType.INTEGER, format = INT64) Long tag) {}

  @Schema(name = "Import")
  record Import(
      @Schema(type = SchemaType.INTEGER, format = INT64) long id,
      @Schema(enumeration = {"queued", "running", "done", "failed"}) String state,
      ImportProgress progress,
      ImportCounts created,
      ImportCounts updated,
      ImportCounts skipped,
      List<ImportProblem> problems,
      @Schema(nullable = true, description = "The WordPress site the file comes from (its channel link), once read") String source,
      @Schema(nullable = true, description = "Why a failed import stopped; malformed XML names line and column") String failure,
      @Schema(type = SchemaType.STRING, format = "date-time") String createdAt,
      @Schema(type = SchemaType.STRING, format = "date-time") String updatedAt) {}

  @Schema(name = "ImportProgress", description = "Entries of the file (authors, terms, items) read so far, of all")
  record ImportProgress(
      @Schema(type = SchemaType.INTEGER, format = INT64) long done,
      @Schema(type = SchemaType.INTEGER, format = INT64) long total) {}

  @Schema(name = "ImportCounts")
  record ImportCounts(
      @Schema(type = SchemaType.INTEGER, format = "int32") int posts,
      @Schema(type = SchemaType.INTEGER, format = "int32") int pages,
      @Schema(type = SchemaType.INTEGER, format = "int32") int categories,
      @Schema(type = SchemaType.INTEGER, format = "int32") int tags,
      @Schema(type = SchemaType.INTEGER, format = "int32") int authors,
      @Schema(type = SchemaType.INTEGER, format = "int32") int media) {}

  @Schema(name = "ImportProblem", description = "Something that did not come over as it was")
  record ImportProblem(@Schema(description = "The item's title, name or login, else its kind and id") String item, String message) {}
}

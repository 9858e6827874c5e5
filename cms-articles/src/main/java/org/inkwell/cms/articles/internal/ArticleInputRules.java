package org.inkwell.cms.articles.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.StoredText;

/** Checks an article or page input field by field and reports every problem at once. */
final class ArticleInputRules {

  /** First path segments of the public site's own pages: content there could not be reached. */
  static final java.util.Set<String> RESERVED_SLUGS =
      java.util.Set.of("admin", "api", "author", "category", "feed", "health", "media", "metrics", "openapi",
          "page", "search", "tag", "theme");

  static final int MAX_TITLE = 300;
  static final int MAX_BODY = 1_000_000;
  static final int MAX_URL = 2000;
  static final int MAX_ALT = 500;
  static final int MAX_TAGS = 50;
  static final int MAX_TAG_NAME = 100;
  static final int MAX_CATEGORIES = 20;

  private ArticleInputRules() {}

  /**
   * @param complete {@code true} for a create or full replacement, where a title is required
   */
  static void check(ArticleInput in, boolean complete) {
    List<FieldError> errors = new ArrayList<>();
    checkShared(
        errors, complete, in.title(), in.slug(), in.body(), in.featuredImage(), in.featuredImageAlt(), in.seo());
    maxLength(errors, "excerpt", in.excerpt(), Excerpts.MAX_LENGTH);
    if (in.category() != null && !Slug.isValid(in.category())) {
      errors.add(new FieldError("category", "must be the slug of a category"));
    }
    if (in.categories() != null) {
      if (in.categories().size() > MAX_CATEGORIES) {
        errors.add(new FieldError("categories", "at most " + MAX_CATEGORIES + " categories"));
      }
      if (in.categories().stream().anyMatch(c -> !Slug.isValid(c))) {
        errors.add(new FieldError("categories", "must be slugs of categories"));
      }
    }
    if (in.tags() != null) {
      if (in.tags().size() > MAX_TAGS) {
        errors.add(new FieldError("tags", "at most " + MAX_TAGS + " tags"));
      }
      if (in.tags().stream().anyMatch(t -> t == null || t.isBlank() || t.strip().length() > MAX_TAG_NAME)) {
        errors.add(new FieldError("tags", "each tag must have 1 to " + MAX_TAG_NAME + " characters"));
      }
    }
    StoredText.checkText(errors, "excerpt", in.excerpt());
    if (in.tags() != null) {
      List<FieldError> tagErrors = new ArrayList<>();
      in.tags().forEach(tag -> StoredText.checkLine(tagErrors, "tags", tag));
      tagErrors.stream().findFirst().ifPresent(errors::add);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /**
   * The checks of what articles and pages both have, added to {@code errors}.
   *
   * @param complete {@code true} for a create or full replacement, where a title is required
   */
  static void checkShared(
      List<FieldError> errors,
      boolean complete,
      String title,
      String slug,
      String body,
      String featuredImage,
      String featuredImageAlt,
      SeoFields seo) {
    if (title != null || complete) {
      if (title == null || title.isBlank()) {
        errors.add(new FieldError("title", "must not be blank"));
      } else if (title.strip().length() > MAX_TITLE) {
        errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
      }
    }
    if (slug != null && !Slug.isValid(slug)) {
      errors.add(
          new FieldError("slug", "must be 1 to 200 lower-case letters, digits and single hyphens"));
    }
    maxLength(errors, "body", body, MAX_BODY);
    if (featuredImage != null && !featuredImage.isBlank()) {
      if (!isSafeUrl(featuredImage, true)) {
        errors.add(new FieldError("featuredImage", "must be an http(s) URL or a path starting with /"));
      }
      if (featuredImageAlt == null || featuredImageAlt.isBlank()) {
        errors.add(new FieldError("featuredImageAlt", "describe the image for readers who cannot see it"));
      }
    }
    maxLength(errors, "featuredImageAlt", featuredImageAlt, MAX_ALT);
    checkSeo(seo, errors);
    StoredText.checkLine(errors, "title", title);
    StoredText.checkLine(errors, "featuredImage", featuredImage);
    StoredText.checkLine(errors, "featuredImageAlt", featuredImageAlt);
    if (seo != null) {
      StoredText.checkLine(errors, "seo.metaTitle", seo.metaTitle());
      StoredText.checkLine(errors, "seo.metaDescription", seo.metaDescription());
      StoredText.checkLine(errors, "seo.focusKeyphrase", seo.focusKeyphrase());
      StoredText.checkLine(errors, "seo.canonical", seo.canonical());
    }
  }

  /** An autosave keeps unfinished work: only sizes are limited, and the title may be blank. */
  static void checkAutosave(String title, String body, String excerpt) {
    List<FieldError> errors = new ArrayList<>();
    maxLength(errors, "title", title == null ? null : title.strip(), MAX_TITLE);
    maxLength(errors, "body", body, MAX_BODY);
    maxLength(errors, "excerpt", excerpt, Excerpts.MAX_LENGTH);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static void checkSeo(SeoFields seo, List<FieldError> errors) {
    if (seo == null) {
      return;
    }
    maxLength(errors, "seo.metaTitle", seo.metaTitle(), 300);
    maxLength(errors, "seo.metaDescription", seo.metaDescription(), 500);
    maxLength(errors, "seo.focusKeyphrase", seo.focusKeyphrase(), 200);
    if (seo.canonical() != null && !seo.canonical().isBlank() && !isSafeUrl(seo.canonical(), false)) {
      errors.add(new FieldError("seo.canonical", "must be an absolute http(s) URL"));
    }
  }

  private static void maxLength(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }

  static boolean isSafeUrl(String value, boolean allowPath) {
    if (value.length() > MAX_URL) {
      return false;
    }
    if (allowPath && value.startsWith("/") && !value.startsWith("//")) {
      return !value.contains("\\");
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

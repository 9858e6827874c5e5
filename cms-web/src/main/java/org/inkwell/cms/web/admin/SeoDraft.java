package org.inkwell.cms.web.admin;

import java.util.Objects;

/**
 * What the editor holds of an article while it is being written, as {@link SeoAnalysis} needs it.
 * Absent fields are empty strings, so an untouched form field needs no special case.
 *
 * @param title the article's headline
 * @param metaTitle the SEO title; empty to use "title – siteName", as the public pages do
 * @param slug the last part of the article's address, e.g. {@code how-to-pop-lower-back}
 * @param bodyHtml the body as the editor produces it
 * @param metaDescription the snippet search engines should show
 * @param focusKeyphrase the search phrase the article should rank for
 * @param featuredImageAlt the alternative text of the featured image
 * @param siteName the site's name, part of the SEO title when no meta title is set
 */
public record SeoDraft(
    String title,
    String metaTitle,
    String slug,
    String bodyHtml,
    String metaDescription,
    String focusKeyphrase,
    String featuredImageAlt,
    String siteName) {

  public SeoDraft {
    title = Objects.requireNonNullElse(title, "");
    metaTitle = Objects.requireNonNullElse(metaTitle, "");
    slug = Objects.requireNonNullElse(slug, "");
    bodyHtml = Objects.requireNonNullElse(bodyHtml, "");
    metaDescription = Objects.requireNonNullElse(metaDescription, "");
    focusKeyphrase = Objects.requireNonNullElse(focusKeyphrase, "");
    featuredImageAlt = Objects.requireNonNullElse(featuredImageAlt, "");
    siteName = Objects.requireNonNullElse(siteName, "");
  }

  /** The title search engines show: the meta title, or "title – siteName" as the public pages write it. */
  public String seoTitle() {
    if (!metaTitle.isBlank()) {
      return ArticleText.normaliseSpace(metaTitle);
    }
    if (title.isBlank()) {
      return "";
    }
    String shown = ArticleText.normaliseSpace(title);
    return siteName.isBlank() ? shown : shown + " – " + ArticleText.normaliseSpace(siteName);
  }
}

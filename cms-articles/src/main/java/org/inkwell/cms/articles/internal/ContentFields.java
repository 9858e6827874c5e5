package org.inkwell.cms.articles.internal;

import org.inkwell.cms.articles.SeoFields;

/**
 * Applies the input fields articles and pages share. On a partial update a {@code null} member
 * leaves the field as it is; otherwise it resets it.
 */
final class ContentFields {

  private ContentFields() {}

  static void applyTitleAndBody(Content content, String title, String body, boolean partial) {
    if (title != null) {
      content.setTitle(title.strip());
    }
    if (body != null || !partial) {
      content.setBody(HtmlSanitizer.body(body));
    }
  }

  /** An empty URL removes the image. */
  static void applyFeaturedImage(Content content, String url, String alt, boolean partial) {
    if (url != null || !partial) {
      boolean none = url == null || url.isBlank();
      content.setFeaturedImage(none ? null : url, none ? null : alt.strip());
    }
  }

  static void applySeo(Seo seo, SeoFields in, boolean partial) {
    if (in == null) {
      if (!partial) {
        seo.setMetaTitle(null);
        seo.setMetaDescription(null);
        seo.setFocusKeyphrase(null);
        seo.setCanonicalUrl(null);
        seo.setNoindex(false);
      }
      return;
    }
    if (in.metaTitle() != null || !partial) {
      seo.setMetaTitle(blankToNull(in.metaTitle()));
    }
    if (in.metaDescription() != null || !partial) {
      seo.setMetaDescription(blankToNull(in.metaDescription()));
    }
    if (in.focusKeyphrase() != null || !partial) {
      seo.setFocusKeyphrase(blankToNull(in.focusKeyphrase()));
    }
    if (in.canonical() != null || !partial) {
      seo.setCanonicalUrl(blankToNull(in.canonical()));
    }
    if (in.noindex() != null || !partial) {
      seo.setNoindex(Boolean.TRUE.equals(in.noindex()));
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

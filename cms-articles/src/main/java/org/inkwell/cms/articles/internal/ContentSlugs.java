package org.inkwell.cms.articles.internal;

import java.util.Objects;
import java.util.Optional;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.Slug;

/**
 * Slugs of articles and pages, which share one namespace: the site's own words stay reserved, a
 * slug in use is refused, one generated from the title takes a free suffix, and a changed slug is
 * kept as an old one for redirects. Only those who may end another content's redirect take its
 * old slug.
 */
final class ContentSlugs {

  private final ArticleRepository contents;

  ContentSlugs(ArticleRepository contents) {
    this.contents = contents;
  }

  /**
   * Gives {@code content} the requested slug, or a new one from its title when it has none yet.
   *
   * @param requested {@code null} keeps the slug
   */
  void apply(Content content, String requested, Actor actor) {
    boolean isNew = content.getId() == null;
    if (requested == null) {
      if (content.getSlug() == null) {
        content.setSlug(unique(Slug.fromTitle(content.getTitle())));
      }
      return;
    }
    if (requested.equals(content.getSlug())) {
      return;
    }
    if (ArticleInputRules.RESERVED_SLUGS.contains(requested)) {
      throw new InvalidInputException("slug", "is the address of the site's own pages; choose another");
    }
    contents
        .findContentBySlug(requested)
        .ifPresent(
            other -> {
              String kind = other instanceof Page ? "page" : "article";
              throw new ContentConflictException(
                  "slug-taken",
                  new FieldError("slug", "Another " + kind + " already uses the slug " + requested + "."));
            });
    Optional<OldSlug> former = contents.findOldSlug(requested);
    if (former.isPresent()
        && !Objects.equals(former.get().getArticle().getId(), content.getId())
        && !Permissions.canEndRedirect(actor)) {
      throw new ContentConflictException(
          "slug-redirects",
          new FieldError("slug", "This address redirects to another article or page; pick another slug or ask an editor."));
    }
    // A slug this content (or, as an editor decided, another) had before becomes current again:
    // it no longer redirects.
    former.ifPresent(contents::delete);
    if (!isNew) {
      contents.save(new OldSlug(content.getSlug(), content));
    }
    content.setSlug(requested);
  }

  /**
   * Gives imported content the slug it had, or the next free one when the site uses that slug
   * already (an import never takes another content's address or redirect).
   *
   * @return the slug given
   */
  String applyImported(Content content, String wanted) {
    if (wanted.equals(content.getSlug())) {
      return wanted;
    }
    Optional<OldSlug> former = contents.findOldSlug(wanted);
    String slug;
    if (former.isPresent() && Objects.equals(former.get().getArticle().getId(), content.getId())) {
      contents.delete(former.get());
      contents.flush();
      slug = wanted;
    } else {
      slug = unique(new Slug(wanted));
    }
    if (content.getId() != null && content.getSlug() != null) {
      contents.save(new OldSlug(content.getSlug(), content));
    }
    content.setSlug(slug);
    return slug;
  }

  private String unique(Slug base) {
    Slug candidate = base;
    for (int n = 2;
        contents.isSlugTaken(candidate.value()) || ArticleInputRules.RESERVED_SLUGS.contains(candidate.value());
        n++) {
      candidate = base.withSuffix(n);
    }
    return candidate.value();
  }
}

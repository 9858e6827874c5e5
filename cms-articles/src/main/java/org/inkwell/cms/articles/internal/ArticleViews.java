package org.inkwell.cms.articles.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.RevisionDetails;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.Term;
import org.inkwell.cms.core.ArticleRef;

/** Read models and event snapshots of entities; call inside the transaction that loaded them. */
final class ArticleViews {

  private ArticleViews() {}

  static ArticleDetails details(Article a) {
    return details(a, a.getTags());
  }

  /** The article shown with these tags instead of its own, e.g. a preview's unsaved ones. */
  static ArticleDetails details(Article a, Collection<Tag> tags) {
    Seo seo = a.getSeo();
    return new ArticleDetails(
        a.getId(),
        a.getTitle(),
        a.getSlug(),
        a.getStatus(),
        a.getBody(),
        a.getExcerpt(),
        person(a.getAuthor()),
        term(a.getPrimaryCategory()),
        categories(a).stream().map(ArticleViews::term).toList(),
        tags.stream().map(t -> new Term(t.getSlug(), t.getName())).sorted(byName()).toList(),
        a.getPublishAt(),
        a.getPublishedAt(),
        a.getCreatedAt(),
        a.getUpdatedAt(),
        a.getVersion(),
        a.getFeaturedImageUrl(),
        a.getFeaturedImageAlt(),
        new SeoFields(
            seo.getMetaTitle(),
            seo.getMetaDescription(),
            seo.getFocusKeyphrase(),
            seo.getCanonicalUrl(),
            seo.isNoindex()),
        a.isSticky());
  }

  static ArticleRef ref(Article a) {
    return new ArticleRef(
        a.getId(),
        a.getSlug(),
        a.getTitle(),
        a.getPrimaryCategory().getSlug(),
        categories(a).stream().map(Category::getSlug).toList(),
        a.getTags().stream().map(Tag::getSlug).sorted().toList(),
        a.getPublishedAt());
  }

  static RevisionDetails revision(ArticleRevision r) {
    return new RevisionDetails(
        r.getNumber(), r.getTitle(), r.getBody(), r.getExcerpt(), person(r.getSavedBy()), r.getSavedAt());
  }

  static Person person(User u) {
    return new Person(u.getLogin(), u.getDisplayName());
  }

  private static Term term(Category c) {
    return new Term(c.getSlug(), c.getName());
  }

  /** The primary category first, then the extra ones by name. */
  private static List<Category> categories(Article a) {
    List<Category> all = new ArrayList<>();
    all.add(a.getPrimaryCategory());
    a.getExtraCategories().stream()
        .filter(c -> !c.getId().equals(a.getPrimaryCategory().getId()))
        .sorted(java.util.Comparator.comparing(Category::getName))
        .forEach(all::add);
    return all;
  }

  private static java.util.Comparator<Term> byName() {
    return java.util.Comparator.comparing(Term::name, String.CASE_INSENSITIVE_ORDER);
  }
}

package org.inkwell.cms.articles.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the search index holds of one published article or page: plain text only.
 *
 * @param kind whether it is an article or a page: searches ask for one kind, never both
 * @param updatedAt tells the start-up synchronisation whether the indexed copy is current
 * @param bodyText the body without markup, as readers see it
 * @param categories names of all its categories, the primary one first (none for a page)
 * @param tags names of its tags (none for a page)
 */
record SearchDocument(
    Kind kind,
    long id,
    Instant updatedAt,
    String title,
    String bodyText,
    String excerpt,
    List<String> categories,
    List<String> tags) {

  /** Articles and pages share one sequence of ids, so an id names one document of either kind. */
  enum Kind {
    ARTICLE,
    PAGE
  }

  SearchDocument {
    title = title == null ? "" : title;
    bodyText = bodyText == null ? "" : bodyText;
    excerpt = excerpt == null ? "" : excerpt;
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
  }

  /** An article's document. */
  SearchDocument(long id, Instant updatedAt, String title, String bodyText, String excerpt, List<String> categories, List<String> tags) {
    this(Kind.ARTICLE, id, updatedAt, title, bodyText, excerpt, categories, tags);
  }

  /** Call inside the transaction that loaded the article: categories and tags load lazily. */
  static SearchDocument of(Article a) {
    return new SearchDocument(
        a.getId(),
        a.getUpdatedAt(),
        a.getTitle(),
        HtmlSanitizer.textOfSanitized(a.getBody()),
        a.getExcerpt(),
        Stream.concat(Stream.of(a.getPrimaryCategory()), a.getExtraCategories().stream())
            .map(Category::getName)
            .distinct()
            .toList(),
        a.getTags().stream().map(Tag::getName).sorted().toList());
  }

  static SearchDocument of(Page p) {
    return new SearchDocument(
        Kind.PAGE, p.getId(), p.getUpdatedAt(), p.getTitle(), HtmlSanitizer.textOfSanitized(p.getBody()), p.getExcerpt(), List.of(), List.of());
  }
}

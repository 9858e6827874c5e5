package org.inkwell.cms.articles.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the search index holds of one published article: plain text only.
 *
 * @param updatedAt tells the start-up synchronisation whether the indexed copy is current
 * @param bodyText the body without markup, as readers see it
 * @param categories names of all its categories, the primary one first
 * @param tags names of its tags
 */
record SearchDocument(
    long id,
    Instant updatedAt,
    String title,
    String bodyText,
    String excerpt,
    List<String> categories,
    List<String> tags) {

  SearchDocument {
    title = title == null ? "" : title;
    bodyText = bodyText == null ? "" : bodyText;
    excerpt = excerpt == null ? "" : excerpt;
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
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
}

package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.SearchHit;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.Term;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.core.spi.ArticleCard;
import org.junit.jupiter.api.Test;

/** The catalog's title search, over a stand-in for the Lucene search: what it asks and what it answers. */
class JpaArticleCatalogSearchTest {

  private static final Instant PUBLISHED_AT = Instant.parse("2025-03-01T08:00:00Z");

  private final List<String> queries = new ArrayList<>();
  private final List<PageRequest> pages = new ArrayList<>();

  @Test
  void findsCardsOfTheHitsInRankOrder() {
    JpaArticleCatalog catalog = catalogFinding(
        details(7, "Kettlebell swings", "kettlebell-swings", "/media/bell.jpg", "A bell"),
        details(3, "Hip hinge basics", "hip-hinge", null, "ignored without an image"));

    List<ArticleCard> cards = catalog.search("kettlebell", 5);

    assertThat(cards).extracting(ArticleCard::id).containsExactly(7L, 3L);
    ArticleCard first = cards.get(0);
    assertThat(first.title()).isEqualTo("Kettlebell swings");
    assertThat(first.path()).isEqualTo("/kettlebell-swings/");
    assertThat(first.categoryName()).isEqualTo("Fitness Tips");
    assertThat(first.categorySlug()).isEqualTo("fitness-tips");
    assertThat(first.authorName()).isEqualTo("Dana Writer");
    assertThat(first.imageAlt()).isEqualTo("A bell");
    assertThat(first.publishedAt()).isEqualTo(PUBLISHED_AT);
    assertThat(cards.get(1).imageAlt()).as("no image, no alt text").isNull();
  }

  @Test
  void theLastWordMayBeUnfinished() {
    JpaArticleCatalog catalog = catalogFinding();

    catalog.search("  back stretch  ", 5);
    catalog.search("kettleb", 5);

    assertThat(queries).containsExactly("back (stretch | stretch*)", "(kettleb | kettleb*)");
  }

  @Test
  void theRealIndexFindsTitlesFromAnUnfinishedOrAnInflectedLastWord() {
    try (LuceneSearchIndex index = new LuceneSearchIndex(new ByteBuffersDirectory())) {
      index.put(new SearchDocument(1, PUBLISHED_AT, "Kettlebell swings", "Hinge at the hips.", "", List.of(), List.of()));
      index.put(new SearchDocument(2, PUBLISHED_AT, "Lower back stretches", "Gentle moves.", "", List.of(), List.of()));
      index.refresh();

      assertThat(found(index, "kettleb")).containsExactly(1L);
      assertThat(found(index, "back stretching")).containsExactly(2L);
      assertThat(found(index, "swings kettle")).containsExactly(1L);
    }
  }

  @Test
  void operatorsAtTheEndAreLeftAsTyped() {
    assertThat(JpaArticleCatalog.asTyped("\"lower back\"")).isEqualTo("\"lower back\"");
    assertThat(JpaArticleCatalog.asTyped("squat*")).isEqualTo("squat*");
    assertThat(JpaArticleCatalog.asTyped("-yoga")).isEqualTo("-(yoga | yoga*)");
  }

  @Test
  void blankWordsOrNoRoomFindNothingWithoutSearching() {
    JpaArticleCatalog catalog = catalogFinding(details(7, "Kettlebell swings", "kettlebell-swings", null, null));

    assertThat(catalog.search(null, 5)).isEmpty();
    assertThat(catalog.search("   ", 5)).isEmpty();
    assertThat(catalog.search("kettlebell", 0)).isEmpty();
    assertThat(queries).isEmpty();
  }

  @Test
  void aLargeLimitIsCutToTheLargestPage() {
    catalogFinding().search("kettlebell", 10_000);

    assertThat(pages).containsExactly(new PageRequest(1, PageRequest.MAX_PER_PAGE));
  }

  private static List<Long> found(LuceneSearchIndex index, String typed) {
    return index.search(SearchDocument.Kind.ARTICLE, JpaArticleCatalog.asTyped(typed), 0, 10).page().stream()
        .map(LuceneSearchIndex.Match::id)
        .toList();
  }

  private JpaArticleCatalog catalogFinding(ArticleDetails... hits) {
    JpaArticleCatalog catalog = new JpaArticleCatalog();
    catalog.articleSearch = (query, page) -> {
      queries.add(query);
      pages.add(page);
      List<SearchHit> found = List.of(hits).stream().map(a -> new SearchHit(a, a.title(), "")).toList();
      return new ResultPage<>(found, found.size(), page);
    };
    return catalog;
  }

  private static ArticleDetails details(long id, String title, String slug, String image, String imageAlt) {
    Term category = new Term("fitness-tips", "Fitness Tips");
    return new ArticleDetails(
        id, title, slug, ArticleStatus.PUBLISHED, "<p>Body.</p>", "Body.", new Person("dana", "Dana Writer"),
        category, List.of(category), List.of(), null, PUBLISHED_AT, PUBLISHED_AT, PUBLISHED_AT, 1,
        image, imageAlt, new SeoFields(null, null, null, null, false), false);
  }
}

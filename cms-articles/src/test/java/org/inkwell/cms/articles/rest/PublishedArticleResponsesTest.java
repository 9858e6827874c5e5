package org.inkwell.cms.articles.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleTrashed;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishedArticleResponsesTest {

  private static final String SITE = "https://example.org";
  private static final String LIST = "/api/articles";
  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  private final PublishedArticleResponses responses = new PublishedArticleResponses();

  @BeforeEach
  void setUp() {
    responses.maxBytes = 1 << 20;
    responses.init();
  }

  private static PublishedArticleResponses.Entry entry(long version) {
    return new PublishedArticleResponses.Entry(version, ("{\"version\":" + version + "}").getBytes(StandardCharsets.UTF_8));
  }

  private static ArticleRef article(long id) {
    return new ArticleRef(id, "article-" + id, "Article " + id, "news", List.of("news"), List.of(), NOW);
  }

  @Test
  void anUnpublishCommittedWhileThePublishedArticleIsReadLeavesNothingToServe() {
    PublishedArticleResponses.Entry served = responses.get(1, SITE, () -> {
      PublishedArticleResponses.Entry readBefore = entry(3);
      responses.onUnpublished(new ArticleUnpublished(article(1), NOW));
      return readBefore;
    });

    assertThat(served.version()).as("answered to the reader who asked").isEqualTo(3);
    assertThat(responses.find(1, SITE)).as("not served to anyone after the unpublish").isEmpty();
  }

  @Test
  void aChangeDiscardsThatArticleAtEveryAddressAndNothingElse() {
    responses.get(1, SITE, () -> entry(0));
    responses.get(1, "http://localhost:8080", () -> entry(0));
    responses.get(2, SITE, () -> entry(5));

    responses.onUpdated(new ArticleUpdated(article(1), article(1), NOW));

    assertThat(responses.find(1, SITE)).isEmpty();
    assertThat(responses.find(1, "http://localhost:8080")).isEmpty();
    assertThat(responses.find(2, SITE)).hasValueSatisfying(e -> assertThat(e.version()).isEqualTo(5));
    assertThat(responses.find(2, "http://localhost:8080")).as("kept per address its links were made for").isEmpty();

    responses.onViewsChanged(new ArticleViewsChanged("category renamed"));
    assertThat(responses.find(2, SITE)).isEmpty();
  }

  @Test
  void aListingIsKeptPerAddressAndQueryUntilAnyArticleChanges() {
    responses.get(2, SITE, () -> entry(5));
    responses.listing(SITE, LIST, "per_page=20", () -> listing("[1,2]", 2));

    assertThat(responses.findListing(SITE, LIST, "per_page=20")).hasValueSatisfying(l -> assertThat(l.total()).isEqualTo(2));
    assertThat(responses.findListing(SITE, LIST, "per_page=20&page=2")).isEmpty();
    assertThat(responses.findListing(SITE, LIST, null)).isEmpty();
    assertThat(responses.findListing("http://localhost:8080", LIST, "per_page=20")).isEmpty();

    responses.onPublished(new ArticlePublished(article(7), NOW));

    assertThat(responses.findListing(SITE, LIST, "per_page=20")).as("article 7 may now show in it").isEmpty();
    assertThat(responses.find(2, SITE)).as("another article's reply stays").isPresent();
  }

  @Test
  void aListingRenderedWhileAnArticleIsTrashedIsServedButNotKept() {
    PublishedArticleResponses.Listing served = responses.listing(SITE, LIST, null, () -> {
      PublishedArticleResponses.Listing readBefore = listing("[1]", 1);
      responses.onTrashed(new ArticleTrashed(article(1), NOW));
      return readBefore;
    });

    assertThat(served.total()).isEqualTo(1);
    assertThat(responses.findListing(SITE, LIST, null)).isEmpty();
    PublishedArticleResponses.Listing next = responses.listing(SITE, LIST, null, () -> listing("[]", 0));
    assertThat(next.total()).as("the next reader's rendering").isZero();
    assertThat(responses.findListing(SITE, LIST, null)).hasValue(next);
  }

  private static PublishedArticleResponses.Listing listing(String json, long total) {
    return new PublishedArticleResponses.Listing(json.getBytes(StandardCharsets.UTF_8), total,
        "<" + SITE + LIST + "?page=1>; rel=\"first\"");
  }
}

package org.inkwell.cms.articles.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishedArticleResponsesTest {

  private static final String SITE = "https://example.org";
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
}

package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The index follows what is published, fed by a source in memory instead of the database. */
class SearchIndexSyncTest {

  private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

  /** The published articles, as the database would return them. */
  private final Map<Long, SearchDocument> published = new TreeMap<>();

  private final SearchSource source = new SearchSource() {
    @Override
    public Map<Long, Instant> publishedVersions() {
      return published.values().stream().collect(Collectors.toMap(SearchDocument::id, SearchDocument::updatedAt));
    }

    @Override
    public List<SearchDocument> published(Collection<Long> ids) {
      return ids.stream().map(published::get).filter(d -> d != null).toList();
    }
  };

  private final LuceneSearchIndex index = new LuceneSearchIndex(new ByteBuffersDirectory());
  private final SearchIndexSync sync = new SearchIndexSync(source, index);

  @AfterEach
  void close() {
    index.close();
  }

  private void publish(long id, String title, Instant updatedAt, String category) {
    published.put(id, new SearchDocument(id, updatedAt, title, "Body of " + title, "", List.of(category), List.of()));
  }

  private List<Long> found(String query) {
    return index.search(SearchDocument.Kind.ARTICLE, query, 0, 100).page().stream().map(LuceneSearchIndex.Match::id).toList();
  }

  @Test
  void synchronisingAnEmptyIndexAddsEveryPublishedArticle() {
    for (long id = 1; id <= 450; id++) { // more than one batch
      publish(id, "Workout " + id, T, "Training");
    }

    SearchIndexSync.Report report = sync.synchronise();

    assertThat(report.added()).isEqualTo(450);
    assertThat(index.size()).isEqualTo(450);
    assertThat(index.search(SearchDocument.Kind.ARTICLE, "workout", 0, 10).total()).isEqualTo(450);
  }

  @Test
  void synchronisingRepairsWhatTheIndexMissed() {
    publish(1, "Running form", T, "Running");
    publish(2, "Sleep hygiene", T, "Recovery");
    publish(3, "Rest days", T, "Recovery");
    sync.synchronise();
    // Changes whose events were lost (a crash before the index was committed):
    publish(2, "Sleep and recovery", T.plusSeconds(5), "Recovery"); // edited
    published.remove(3L); // unpublished
    publish(4, "Protein needs", T, "Nutrition"); // published

    SearchIndexSync.Report report = sync.synchronise();

    assertThat(report).extracting(SearchIndexSync.Report::added, SearchIndexSync.Report::updated, SearchIndexSync.Report::removed)
        .containsExactly(1, 1, 1);
    assertThat(index.versions()).containsOnlyKeys(1L, 2L, 4L).containsEntry(2L, T.plusSeconds(5));
    assertThat(found("hygiene")).isEmpty();
    assertThat(found("sleep recovery")).containsExactly(2L);
    assertThat(found("rest")).isEmpty();
    assertThat(found("protein")).containsExactly(4L);
    assertThat(sync.synchronise().changed()).as("nothing left to do").isZero();
  }

  @Test
  void reconcilingAnArticleIndexesItIfPublishedAndRemovesItOtherwise() {
    publish(1, "Running form", T, "Running");
    sync.reconcile(List.of(1L));
    assertThat(found("running")).containsExactly(1L);

    publish(1, "Trail running", T.plusSeconds(1), "Running");
    sync.reconcile(List.of(1L));
    assertThat(found("trail")).containsExactly(1L);
    assertThat(found("form")).isEmpty();

    published.remove(1L);
    sync.reconcile(List.of(1L));
    assertThat(found("running")).isEmpty();
    assertThat(index.size()).isZero();
  }

  @Test
  void reindexingEverythingPicksUpARenamedCategoryThatNoChangeTimeShows() {
    publish(1, "Running form", T, "Cardio");
    sync.synchronise();
    publish(1, "Running form", T, "Endurance"); // the category renamed: the article's change time stays

    assertThat(sync.synchronise().changed()).isZero();
    assertThat(found("endurance")).isEmpty();

    sync.reindexAll();

    assertThat(found("endurance")).containsExactly(1L);
    assertThat(found("cardio")).isEmpty();
  }
}

package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.FITNESS_TIPS;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.MEAL_PREP;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.NOW;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.NUTRITION;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.WORKOUTS;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.ids;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.h2.jdbcx.JdbcDataSource;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.RelatedSettings.Weights;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class RelatedEngineTest {

  private static final Duration QUIET = Duration.ofMillis(150);
  private static final Duration MAX_WAIT = Duration.ofSeconds(1);
  private static final int ALL = 25;

  private final TestCatalog catalog = new TestCatalog();
  private final TestClock clock = new TestClock(NOW);
  private final ReportedChanges reported = new ReportedChanges();
  private JdbcDataSource dataSource;
  private RelatedEngine engine;

  @BeforeEach
  void setUp(TestInfo test) {
    dataSource = TestDatabase.migrated(test);
    aSite();
    engine = newEngine();
  }

  @AfterEach
  void tearDown() throws SQLException {
    engine.close();
    TestDatabase.drop(dataSource);
  }

  /**
   * 25 posts, enough to fill every list: Fitness Tips 1-4 about stretching the back, Workouts 5-8,
   * Meal Prep 9-12, and Nutrition 13-25.
   */
  private void aSite() {
    for (long id = 1; id <= 4; id++) {
      catalog.article(id).in(FITNESS_TIPS).tags("back", "mobility").daysOld(id)
          .title("Back stretches, part " + id).body("Stretch your lower back gently.").publish();
    }
    for (long id = 5; id <= 8; id++) {
      catalog.article(id).in(WORKOUTS).tags("strength").daysOld(id).publish();
    }
    for (long id = 9; id <= 12; id++) {
      catalog.article(id).in(MEAL_PREP).tags("protein").daysOld(id).publish();
    }
    for (long id = 13; id <= ALL; id++) {
      catalog.article(id).in(NUTRITION).daysOld(id).publish();
    }
  }

  private RelatedEngine newEngine() {
    return new RelatedEngine(
        catalog,
        new StoredLists(dataSource),
        new LuceneTextSimilarity(new ByteBuffersDirectory()),
        new ChangeQueue(QUIET, MAX_WAIT),
        clock,
        1_000,
        reported);
  }

  /** Remembers which lists the engine said were changed. */
  private static final class ReportedChanges implements RelatedEngine.ListsChanged {
    final Set<Long> articles = new java.util.HashSet<>();
    int everything;

    @Override
    public void some(Set<Long> articleIds) {
      articles.addAll(articleIds);
    }

    @Override
    public void all() {
      everything++;
    }
  }

  /** Runs the worker until it has nothing left to do. */
  private void workUntilIdle() {
    for (int steps = 0; engine.work(); steps++) {
      if (steps > 1_000) {
        fail("the engine never ran out of work");
      }
    }
  }

  /** Lets queued changes settle, then works them off. */
  private void afterQuietPeriod() {
    clock.advance(QUIET);
    workUntilIdle();
  }

  private List<Long> listOf(long id) {
    return ids(engine.listOf(id).orElseThrow(() -> new AssertionError("no list for " + id)));
  }

  private Pick pickOf(long candidate, long in) {
    return engine.listOf(in).orElseThrow().stream()
        .filter(p -> p.articleId() == candidate)
        .findFirst()
        .orElseThrow(() -> new AssertionError(candidate + " is not in the list of " + in));
  }

  @Test
  void afterStartAndRebuildEveryPublishedArticleHasAStoredList() {
    workUntilIdle();

    RelatedStatus status = engine.status();
    assertThat(status.started()).isTrue();
    assertThat(status.publishedArticles()).isEqualTo(ALL);
    assertThat(status.liveGeneration()).isNotNull();
    assertThat(status.rebuild()).isNull();
    assertThat(new StoredLists(dataSource).listed(status.liveGeneration())).isEqualTo(ALL);
    for (long id = 1; id <= ALL; id++) {
      assertThat(listOf(id)).as("list of %d", id).hasSize(ListBuilder.DEPTH).doesNotContain(id).doesNotHaveDuplicates();
    }
  }

  @Test
  void pagesAreToldWhenListsBecomeReadableAndWhenAPublishChangesThem() {
    workUntilIdle();
    assertThat(reported.everything).as("start-up and the first live generation").isEqualTo(2);
    reported.articles.clear();

    catalog.article(30).in(FITNESS_TIPS).tags("back", "mobility").daysOld(0)
        .title("More back stretches").body("Stretch your lower back after running.").publish();
    engine.changed(30);
    afterQuietPeriod();

    assertThat(listOf(1)).contains(30L);
    assertThat(reported.articles).contains(30L, 1L);
    assertThat(reported.everything).isEqualTo(2);
  }

  @Test
  void listsAreServedWhileTheFirstRebuildRuns() {
    engine.work();

    assertThat(engine.status().liveGeneration()).isNull();
    assertThat(listOf(1)).startsWith(2L, 3L, 4L);
  }

  @Test
  void nothingIsListedBeforeStartOrForAnUnpublishedArticle() {
    assertThat(engine.listOf(1)).isEmpty();

    workUntilIdle();

    assertThat(engine.listOf(99)).isEmpty();
  }

  @Test
  void aChangeWhoseRecomputationFailsIsTriedAgainNotLost() {
    workUntilIdle();
    catalog.article(30).in(FITNESS_TIPS).tags("back", "mobility").daysOld(0).publish();
    engine.changed(30);
    clock.advance(QUIET);
    catalog.failNextLookup();

    assertThatThrownBy(engine::work).hasMessageContaining("database is down");
    assertThat(engine.status().changesQueued()).isEqualTo(1);

    afterQuietPeriod();
    assertThat(listOf(1)).contains(30L);
  }

  @Test
  void aNewlyPublishedRelatedArticleEntersTheListOfTheArticleItSuits() {
    workUntilIdle();
    catalog.article(30).in(FITNESS_TIPS).tags("back", "mobility").daysOld(0)
        .title("More back stretches").body("Stretch your lower back after running.").publish();

    engine.changed(30);
    afterQuietPeriod();

    Pick pick = pickOf(30, 1);
    assertThat(pick.kind()).isEqualTo(Pick.Kind.SCORED);
    assertThat(pick.sharedTags()).containsExactlyInAnyOrder("back", "mobility");
    assertThat(listOf(30)).startsWith(1L);
  }

  @Test
  void aChangeWaitsForTheQuietPeriod() {
    workUntilIdle();
    catalog.article(30).in(FITNESS_TIPS).tags("back", "mobility").daysOld(0).publish();

    engine.changed(30);
    workUntilIdle();

    assertThat(engine.status().changesQueued()).isEqualTo(1);
    assertThat(engine.isPublished(30)).isFalse();
  }

  @Test
  void aWithdrawnArticleLeavesEveryListAtOnce() {
    workUntilIdle();
    assertThat(listOf(1)).contains(2L);

    engine.withdrawn(2);

    assertThat(listOf(1)).doesNotContain(2L);
    assertThat(listOf(3)).doesNotContain(2L);
    assertThat(engine.listOf(2)).isEmpty();
  }

  @Test
  void aWithdrawnArticleIsRemovedFromTheStoredLists() {
    workUntilIdle();
    catalog.unpublish(2);

    engine.withdrawn(2);
    afterQuietPeriod();

    StoredLists stored = new StoredLists(dataSource);
    assertThat(stored.containing(engine.status().liveGeneration(), 2)).isEmpty();
    assertThat(stored.find(engine.status().liveGeneration(), 2)).isEmpty();
    assertThat(stored.listed(engine.status().liveGeneration())).isEqualTo(ALL - 1);
    // The hole is not refilled at once (that would take a search per list), but every block is full.
    assertThat(listOf(1)).hasSizeGreaterThanOrEqualTo(org.inkwell.cms.relatedposts.RelatedSettings.MAX_COUNT).doesNotContain(2L);
  }

  @Test
  void aRebuildKeepsServingTheOldListsUntilTheNewOnesAreLive() {
    workUntilIdle();
    Integer oldGeneration = engine.status().liveGeneration();
    RelatedSettings noMobility =
        new RelatedSettings(3, 0, Set.of(), Set.of("mobility"), Weights.DEFAULTS, RelatedSettings.DEFAULTS.minScore());

    engine.rebuild(noMobility);

    assertThat(engine.settings()).isEqualTo(noMobility);
    boolean sawRebuild = false;
    while (oldGeneration.equals(engine.status().liveGeneration())) {
      assertThat(listOf(1)).startsWith(2L, 3L, 4L);
      sawRebuild |= engine.status().rebuild() != null;
      assertThat(engine.work()).as("work left before the rebuild completes").isTrue();
    }
    assertThat(sawRebuild).isTrue();
    assertThat(listOf(1)).doesNotContain(2L, 3L, 4L).isNotEmpty();
    assertThat(engine.settings()).isEqualTo(noMobility);
  }

  @Test
  void manyChangesToOneArticleAreRecomputedOnce() {
    workUntilIdle();
    RelatedStatus before = engine.status();

    for (int i = 0; i < 200; i++) {
      engine.changed(3);
    }
    afterQuietPeriod();

    RelatedStatus after = engine.status();
    assertThat(after.changesReceived() - before.changesReceived()).isEqualTo(200);
    assertThat(after.changesProcessed() - before.changesProcessed()).isEqualTo(1);
    assertThat(after.changesQueued()).isZero();
  }

  @Test
  void anEditorsPinsAndExclusionsShowAfterTheChangeIsProcessed() {
    workUntilIdle();

    engine.curate(1, new Curation(List.of(20L, 9L), List.of(2L)));
    afterQuietPeriod();

    assertThat(listOf(1)).startsWith(20L, 9L).doesNotContain(2L);
    assertThat(new StoredLists(dataSource).curations()).containsEntry(1L, new Curation(List.of(20L, 9L), List.of(2L)));
  }

  @Test
  void pinsNamedBySlugForTheStartAreStoredAndLeadTheList() {
    engine.curateAtStart(new DemoCuration(Map.of("post-1", List.of("post-20", "post-not-published"))));
    workUntilIdle();

    assertThat(listOf(1)).startsWith(20L);
    assertThat(engine.listOf(1).orElseThrow().get(0).kind()).isEqualTo(Pick.Kind.PINNED);
    assertThat(new StoredLists(dataSource).curations()).containsEntry(1L, new Curation(List.of(20L), List.of()));
  }

  @Test
  void anEditedArticleMovesToTheListsOfItsNewCategory() {
    workUntilIdle();
    assertThat(pickOf(9, 10).relation()).isEqualTo(CategoryTree.Relation.SAME);

    catalog.article(9).in(FITNESS_TIPS).tags("back", "mobility").daysOld(9).publish();
    engine.changed(9);
    afterQuietPeriod();

    assertThat(pickOf(9, 1).kind()).isEqualTo(Pick.Kind.SCORED);
    assertThat(pickOf(9, 1).relation()).isEqualTo(CategoryTree.Relation.SAME);
    assertThat(engine.listOf(10).orElseThrow())
        .noneMatch(p -> p.articleId() == 9 && p.kind() == Pick.Kind.SCORED);
  }

  @Test
  void aRestartServesTheStoredListsWithoutRebuilding() {
    workUntilIdle();
    Integer live = engine.status().liveGeneration();
    List<Long> listBefore = listOf(1);
    engine.close();

    engine = newEngine();
    engine.work();

    assertThat(engine.status().liveGeneration()).isEqualTo(live);
    assertThat(engine.status().rebuild()).isNull();
    assertThat(listOf(1)).isEqualTo(listBefore);
  }
}

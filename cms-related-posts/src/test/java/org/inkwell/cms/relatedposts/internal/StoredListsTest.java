package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.RelatedSettings.Weights;
import org.inkwell.cms.relatedposts.internal.CategoryTree.Relation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class StoredListsTest {

  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  private static final RelatedSettings SETTINGS = RelatedSettings.DEFAULTS;
  private static final Pick SCORED =
      new Pick(5, Pick.Kind.SCORED, 1.75, Relation.SIBLING, "workouts", List.of("back", "mobility"), 0.41);
  private static final Pick PINNED = Pick.pinned(9);
  private static final Pick LATEST_IN_SITE = Pick.latest(3, null);

  private JdbcDataSource dataSource;
  private StoredLists store;

  @BeforeEach
  void migrate(TestInfo test) {
    dataSource = TestDatabase.migrated(test);
    store = new StoredLists(dataSource);
  }

  @AfterEach
  void drop() throws SQLException {
    TestDatabase.drop(dataSource);
  }

  @Test
  void aSavedListReadsBackInOrderWithEveryDetail() {
    int g = store.start(SETTINGS, 1, NOW).number();

    store.save(g, Map.of(1L, List.of(PINNED, SCORED, LATEST_IN_SITE)), NOW);

    assertThat(store.find(g, 1)).contains(List.of(PINNED, SCORED, LATEST_IN_SITE));
    assertThat(store.listed(g)).isEqualTo(1);
  }

  @Test
  void anEmptyListIsStoredAsComputedNotAsMissing() {
    int g = store.start(SETTINGS, 1, NOW).number();

    store.save(g, Map.of(1L, List.of()), NOW);

    assertThat(store.find(g, 1)).contains(List.of());
    assertThat(store.find(g, 2)).isEmpty();
    assertThat(store.listed(g)).isEqualTo(1);
  }

  @Test
  void savingAgainReplacesTheList() {
    int g = store.start(SETTINGS, 1, NOW).number();
    store.save(g, Map.of(1L, List.of(PINNED, SCORED, LATEST_IN_SITE)), NOW);

    store.save(g, Map.of(1L, List.of(SCORED)), NOW.plusSeconds(1));

    assertThat(store.find(g, 1)).contains(List.of(SCORED));
  }

  @Test
  void deleteForgetsAnArticlesListsInEveryGeneration() {
    int live = store.start(SETTINGS, 1, NOW).number();
    store.save(live, Map.of(1L, List.of(SCORED), 2L, List.of(PINNED)), NOW);
    store.promote(live);
    int building = store.start(SETTINGS, 1, NOW).number();
    store.save(building, Map.of(1L, List.of(SCORED), 2L, List.of(PINNED)), NOW);

    store.delete(1);

    assertThat(store.find(live, 1)).isEmpty();
    assertThat(store.find(building, 1)).isEmpty();
    assertThat(store.find(live, 2)).contains(List.of(PINNED));
    assertThat(store.find(building, 2)).contains(List.of(PINNED));
  }

  @Test
  void findsTheArticlesWhoseListsContainACandidateInAGeneration() {
    int live = store.start(SETTINGS, 1, NOW).number();
    store.save(live, Map.of(1L, List.of(SCORED), 2L, List.of(PINNED)), NOW);
    store.promote(live);
    int building = store.start(SETTINGS, 1, NOW).number();
    store.save(building, Map.of(4L, List.of(PINNED, SCORED)), NOW);

    assertThat(store.containing(live, SCORED.articleId())).containsExactly(1L);
    assertThat(store.containing(building, SCORED.articleId())).containsExactly(4L);
    assertThat(store.containing(live, PINNED.articleId())).containsExactly(2L);
    assertThat(store.containing(building, PINNED.articleId())).containsExactly(4L);
    assertThat(store.containing(live, 42)).isEmpty();
  }

  @Test
  void curationsReadBackWithPinsInOrder() {
    store.saveCuration(1, new Curation(List.of(7L, 3L, 5L), List.of(9L, 2L)));
    store.saveCuration(2, new Curation(List.of(), List.of(1L)));

    assertThat(store.curations()).isEqualTo(Map.of(
        1L, new Curation(List.of(7L, 3L, 5L), List.of(9L, 2L)),
        2L, new Curation(List.of(), List.of(1L))));
  }

  @Test
  void savingACurationReplacesTheOldOne() {
    store.saveCuration(1, new Curation(List.of(7L, 3L), List.of(9L)));

    store.saveCuration(1, new Curation(List.of(3L), List.of()));
    store.saveCuration(2, new Curation(List.of(4L), List.of()));
    store.saveCuration(2, Curation.NONE);

    assertThat(store.curations()).isEqualTo(Map.of(1L, new Curation(List.of(3L), List.of())));
  }

  @Test
  void aNewGenerationStartsBuildingWithItsSettings() {
    RelatedSettings settings = new RelatedSettings(5, 2, Set.of("news"), Set.of("ads"), new Weights(1, 1, 1, 1, 0.5), 0.5);

    Generation g = store.start(settings, 3, NOW);

    assertThat(store.generations()).containsExactly(g);
    assertThat(g.state()).isEqualTo(Generation.State.BUILDING);
    assertThat(g.settings()).isEqualTo(settings);
    assertThat(g.algorithm()).isEqualTo(3);
    assertThat(g.cursor()).isZero();
  }

  @Test
  void advanceRecordsHowFarARebuildGot() {
    int g = store.start(SETTINGS, 1, NOW).number();

    store.advance(g, 1234);

    assertThat(store.generations()).singleElement().extracting(Generation::cursor).isEqualTo(1234L);
  }

  @Test
  void startingAgainReplacesTheGenerationBeingBuilt() {
    Generation first = store.start(SETTINGS, 1, NOW);
    store.save(first.number(), Map.of(1L, List.of(SCORED)), NOW);
    RelatedSettings other = new RelatedSettings(4, 0, Set.of(), Set.of(), Weights.DEFAULTS, 0.1);

    Generation second = store.start(other, 1, NOW.plusSeconds(60));

    assertThat(second.number()).isGreaterThan(first.number());
    assertThat(store.generations()).containsExactly(second);
    assertThat(store.find(first.number(), 1)).isEmpty();
    assertThat(store.containing(first.number(), SCORED.articleId())).isEmpty();
  }

  @Test
  void startingKeepsTheLiveGeneration() {
    int live = store.start(SETTINGS, 1, NOW).number();
    store.save(live, Map.of(1L, List.of(SCORED)), NOW);
    store.promote(live);

    Generation building = store.start(SETTINGS, 1, NOW);

    assertThat(store.generations()).extracting(Generation::number, Generation::state).containsExactly(
        tuple(live, Generation.State.LIVE),
        tuple(building.number(), Generation.State.BUILDING));
    assertThat(store.find(live, 1)).contains(List.of(SCORED));
  }

  @Test
  void promotingMakesTheBuiltGenerationLiveAndDropsThePreviousOne() {
    int old = store.start(SETTINGS, 1, NOW).number();
    store.save(old, Map.of(1L, List.of(SCORED), 2L, List.of()), NOW);
    store.promote(old);
    int next = store.start(SETTINGS, 1, NOW).number();
    store.save(next, Map.of(1L, List.of(PINNED)), NOW);

    store.promote(next);

    assertThat(store.generations()).singleElement().satisfies(g -> {
      assertThat(g.number()).isEqualTo(next);
      assertThat(g.live()).isTrue();
    });
    assertThat(store.find(next, 1)).contains(List.of(PINNED));
    assertThat(store.find(old, 1)).isEmpty();
    assertThat(store.listed(old)).isZero();
    assertThat(store.containing(old, SCORED.articleId())).isEmpty();
  }
}

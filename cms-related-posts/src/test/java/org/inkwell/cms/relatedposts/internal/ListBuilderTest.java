package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.FITNESS_TIPS;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.MEAL_PREP;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.NOW;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.WORKOUTS;
import static org.inkwell.cms.relatedposts.internal.TestCatalog.ids;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.RelatedSettings.Weights;
import org.inkwell.cms.relatedposts.internal.CategoryTree.Relation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ListBuilderTest {

  private static final RelatedSettings DEFAULTS = RelatedSettings.DEFAULTS;

  private final TestCatalog catalog = new TestCatalog();
  private final List<LuceneTextSimilarity> indexes = new ArrayList<>();

  @AfterEach
  void close() {
    indexes.forEach(LuceneTextSimilarity::close);
  }

  /** The list of an article of the catalog as it stands, as the engine would build it. */
  private List<Pick> listOf(long id, Curation curation, RelatedSettings settings) {
    Corpus corpus = Corpus.of(catalog.all().stream().map(Facts::of).toList());
    LuceneTextSimilarity text = new LuceneTextSimilarity(new ByteBuffersDirectory());
    indexes.add(text);
    catalog.all().forEach(a -> text.put(a.id(), a.modifiedAt(), a.article().title(), catalog.body(a.id())));
    text.refresh();
    CategoryTree tree = catalog.tree();
    ListBuilder builder = new ListBuilder(corpus, () -> tree, text, Clock.fixed(NOW, ZoneOffset.UTC));
    return builder.build(corpus.find(id).orElseThrow(), curation, settings);
  }

  private List<Pick> listOf(long id) {
    return listOf(id, Curation.NONE, DEFAULTS);
  }

  private static RelatedSettings excluding(Set<String> categories, Set<String> tags) {
    return new RelatedSettings(3, 0, categories, tags, Weights.DEFAULTS, DEFAULTS.minScore());
  }

  private static RelatedSettings withMaxPerCategory(int max) {
    return new RelatedSettings(3, max, Set.of(), Set.of(), Weights.DEFAULTS, DEFAULTS.minScore());
  }

  private static RelatedSettings withMinScore(double minScore) {
    return new RelatedSettings(3, 0, Set.of(), Set.of(), Weights.DEFAULTS, minScore);
  }

  /** A dozen posts: Fitness Tips 1-4, Workouts 5-7, Meal Prep 8-10, Nutrition 11-12. */
  private void aSmallSite() {
    for (long id = 1; id <= 4; id++) {
      catalog.article(id).in(FITNESS_TIPS).tags("back", "mobility").daysOld(id).publish();
    }
    for (long id = 5; id <= 7; id++) {
      catalog.article(id).in(WORKOUTS).tags("strength").daysOld(id).publish();
    }
    for (long id = 8; id <= 10; id++) {
      catalog.article(id).in(MEAL_PREP).tags("protein").daysOld(id).publish();
    }
    for (long id = 11; id <= 12; id++) {
      catalog.article(id).in(TestCatalog.NUTRITION).daysOld(id).publish();
    }
  }

  @Test
  void aChangedPostMovesToItsNewPlaceInAStoredListWithoutASearch() {
    aSmallSite();
    Corpus corpus = Corpus.of(catalog.all().stream().map(Facts::of).toList());
    LuceneTextSimilarity empty = new LuceneTextSimilarity(new ByteBuffersDirectory());
    indexes.add(empty);
    CategoryTree tree = catalog.tree();
    ListBuilder builder = new ListBuilder(corpus, () -> tree, empty, Clock.fixed(NOW, ZoneOffset.UTC));
    Facts target = corpus.find(1).orElseThrow();
    List<Pick> stored = List.of(
        Pick.pinned(9), scored(2, 3.0), scored(3, 2.0), scored(4, 1.0), scored(5, 0.9), scored(6, 0.8),
        scored(7, 0.7), Pick.latest(8, "meal-prep"), Pick.latest(10, "meal-prep"), Pick.latest(11, null), Pick.latest(12, null));

    List<Pick> risen = builder.merge(target, stored, 4, scored(4, 2.5), Curation.NONE, DEFAULTS).orElseThrow();
    assertThat(ids(risen)).containsExactly(9L, 2L, 4L, 3L, 5L, 6L, 7L, 8L, 10L, 11L, 12L);

    List<Pick> dropped = builder.merge(target, stored, 3, null, Curation.NONE, DEFAULTS).orElseThrow();
    assertThat(ids(dropped)).as("unpublished or no longer related: it leaves").doesNotContain(3L).hasSize(10);

    assertThat(builder.merge(target, dropped, 2, null, Curation.NONE, DEFAULTS))
        .as("too short to trust: the caller computes it afresh").isEmpty();
  }

  private static Pick scored(long id, double score) {
    return new Pick(id, Pick.Kind.SCORED, score, Relation.SAME, "fitness-tips", List.of(), 0);
  }

  @Test
  void neverRecommendsTheArticleItselfNorAnyPostTwice() {
    aSmallSite();

    for (long id = 1; id <= 12; id++) {
      List<Long> ids = ids(listOf(id));
      assertThat(ids).as("list of %d", id).doesNotContain(id).doesNotHaveDuplicates();
    }
  }

  @Test
  void listsEveryOtherPostOfASmallSite() {
    aSmallSite();

    assertThat(listOf(1)).hasSize(11);
  }

  @Test
  void pinnedPostsComeFirstInTheEditorsOrder() {
    aSmallSite();

    List<Pick> list = listOf(1, new Curation(List.of(12L, 8L, 5L), List.of()), DEFAULTS);

    assertThat(ids(list.subList(0, 3))).containsExactly(12L, 8L, 5L);
    assertThat(list.subList(0, 3)).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Pick.Kind.PINNED));
    assertThat(ids(list)).doesNotHaveDuplicates();
  }

  @Test
  void aPinnedPostThatIsNotPublishedIsLeftOut() {
    aSmallSite();

    List<Pick> list = listOf(1, new Curation(List.of(99L, 12L), List.of()), DEFAULTS);

    assertThat(ids(list)).doesNotContain(99L).startsWith(12L);
  }

  @Test
  void excludedPostsNeverAppearNotEvenAsFallback() {
    aSmallSite();
    List<Long> excluded = List.of(2L, 9L, 12L);

    List<Pick> list = listOf(1, new Curation(List.of(), excluded), DEFAULTS);

    assertThat(ids(list)).doesNotContainAnyElementsOf(excluded).hasSize(11 - excluded.size());
  }

  @Test
  void noindexPostsNeverAppear() {
    aSmallSite();
    catalog.article(13).in(FITNESS_TIPS).tags("back", "mobility").noindex().publish();

    assertThat(ids(listOf(1))).doesNotContain(13L);
    assertThat(ids(listOf(8))).doesNotContain(13L);
    assertThat(ids(listOf(1, new Curation(List.of(13L), List.of()), DEFAULTS))).as("not even when pinned").doesNotContain(13L);
  }

  @Test
  void postsInExcludedCategoriesNeverAppear() {
    aSmallSite();
    catalog.article(13).in(FITNESS_TIPS, MEAL_PREP).tags("back").publish();

    List<Pick> list = listOf(1, Curation.NONE, excluding(Set.of(MEAL_PREP), Set.of()));

    assertThat(ids(list)).doesNotContain(8L, 9L, 10L, 13L).contains(2L, 5L, 11L);
  }

  @Test
  void postsWithExcludedTagsNeverAppear() {
    aSmallSite();

    List<Pick> list = listOf(1, Curation.NONE, excluding(Set.of(), Set.of("mobility", "protein")));

    assertThat(ids(list)).doesNotContain(2L, 3L, 4L, 8L, 9L, 10L).contains(5L, 11L);
  }

  @Test
  void noPrimaryCategoryHasMoreThanTheMaximum() {
    aSmallSite();
    for (long id = 20; id < 30; id++) {
      catalog.article(id).in(FITNESS_TIPS).tags("back").daysOld(id).publish();
    }

    List<Pick> list = listOf(1, Curation.NONE, withMaxPerCategory(2));

    Function<Long, String> primary = id -> catalog.get(id).article().primaryCategory();
    assertThat(ids(list).stream().collect(Collectors.groupingBy(primary, Collectors.counting())))
        .allSatisfy((category, count) -> assertThat(count).as(category).isLessThanOrEqualTo(2L))
        .containsKeys(FITNESS_TIPS, WORKOUTS, MEAL_PREP);
  }

  @Test
  void aLoneArticleInItsCategoryGetsTheLatestOfTheSite() {
    catalog.article(1).in(MEAL_PREP).tags("protein").publish();
    catalog.article(2).in(FITNESS_TIPS).daysOld(3).publish();
    catalog.article(3).in(WORKOUTS).daysOld(2).publish();

    List<Pick> list = listOf(1);

    assertThat(ids(list)).containsExactly(3L, 2L);
    assertThat(list).allSatisfy(p -> {
      assertThat(p.kind()).isEqualTo(Pick.Kind.LATEST);
      assertThat(p.category()).as("the site").isNull();
    });
  }

  @Test
  void postsScoringTooLittleGiveWayToTheLatestInTheCategory() {
    aSmallSite();

    List<Pick> list = listOf(1, Curation.NONE, withMinScore(99));

    assertThat(list.subList(0, 3)).extracting(Pick::articleId, Pick::kind, Pick::category).containsExactly(
        tuple(2L, Pick.Kind.LATEST, FITNESS_TIPS),
        tuple(3L, Pick.Kind.LATEST, FITNESS_TIPS),
        tuple(4L, Pick.Kind.LATEST, FITNESS_TIPS));
    assertThat(ids(list)).hasSize(11);
  }

  @Test
  void aPostInASiblingCategoryIsPickedAsSibling() {
    catalog.article(1).in(FITNESS_TIPS).tags("back").publish();
    catalog.article(2).in(WORKOUTS).tags("back").publish();
    catalog.article(3).in(MEAL_PREP).publish();

    Pick sibling = listOf(1).get(0);

    assertThat(sibling.articleId()).isEqualTo(2L);
    assertThat(sibling.kind()).isEqualTo(Pick.Kind.SCORED);
    assertThat(sibling.relation()).isEqualTo(Relation.SIBLING);
    assertThat(sibling.category()).isEqualTo(WORKOUTS);
    assertThat(sibling.sharedTags()).containsExactly("back");
  }

  @Test
  void aPostInTheSameCategoryWithASharedTagRanksAboveAnUnrelatedOne() {
    catalog.article(1).in(FITNESS_TIPS).tags("back").publish();
    catalog.article(2).in(MEAL_PREP).daysOld(0).publish();
    catalog.article(3).in(FITNESS_TIPS).tags("back").daysOld(30).publish();

    List<Pick> list = listOf(1);

    assertThat(ids(list)).containsExactly(3L, 2L);
    assertThat(list.get(0).kind()).isEqualTo(Pick.Kind.SCORED);
    assertThat(list.get(0).relation()).isEqualTo(Relation.SAME);
    assertThat(list.get(0).score()).isGreaterThan(list.get(1).score());
  }

  @Test
  void aRareSharedTagCountsMoreThanACommonOne() {
    catalog.article(1).in(MEAL_PREP).tags("sciatica", "health").publish();
    catalog.article(2).in(MEAL_PREP).tags("sciatica").publish();
    catalog.article(3).in(MEAL_PREP).tags("health").publish();
    for (long id = 10; id < 16; id++) {
      catalog.article(id).in(FITNESS_TIPS).tags("health").daysOld(id).publish();
    }

    List<Pick> list = listOf(1);

    assertThat(list.subList(0, 2)).extracting(Pick::articleId, Pick::kind, Pick::sharedTags).containsExactly(
        tuple(2L, Pick.Kind.SCORED, List.of("sciatica")),
        tuple(3L, Pick.Kind.SCORED, List.of("health")));
    assertThat(list.get(0).score()).isGreaterThan(list.get(1).score());
  }

  @Test
  void aSimilarTextRanksAboveADifferentOne() {
    catalog.article(1).in(FITNESS_TIPS).title("Lower back stretches")
        .body("Gentle stretches for the lower back after a day at the desk.").publish();
    catalog.article(2).in(FITNESS_TIPS).title("Protein meal prep").daysOld(0)
        .body("Cook chicken and rice for the week.").publish();
    catalog.article(3).in(FITNESS_TIPS).title("Back stretching for beginners").daysOld(20)
        .body("Stretching your back every morning keeps it supple.").publish();

    List<Pick> list = listOf(1);

    assertThat(ids(list)).containsExactly(3L, 2L);
    assertThat(list.get(0).text()).isGreaterThan(list.get(1).text());
  }

  @Test
  void aPostSharingAnExtraCategoryIsRelatedThroughIt() {
    catalog.article(1).in(FITNESS_TIPS, MEAL_PREP).publish();
    catalog.article(2).in(MEAL_PREP).publish();

    Pick pick = listOf(1).get(0);

    assertThat(pick.articleId()).isEqualTo(2L);
    assertThat(pick.kind()).isEqualTo(Pick.Kind.SCORED);
    assertThat(pick.relation()).isEqualTo(Relation.SHARED);
    assertThat(pick.category()).isEqualTo(MEAL_PREP);
  }

  @Test
  void listsAreNoDeeperThanTwiceTheLargestBlock() {
    for (long id = 1; id <= 40; id++) {
      catalog.article(id).in(FITNESS_TIPS).tags("back").daysOld(id).publish();
    }

    assertThat(listOf(1)).hasSize(ListBuilder.DEPTH);
  }
}

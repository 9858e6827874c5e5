package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;
import org.inkwell.cms.relatedposts.internal.CurationRules.Problem;
import org.inkwell.cms.relatedposts.internal.CurationRules.Rule;
import org.junit.jupiter.api.Test;

class CurationRulesTest {

  private static final long SELF = 1;
  private static final Set<Long> PUBLISHED = Set.of(1L, 2L, 3L, 4L);
  private static final LongPredicate IS_PUBLISHED = PUBLISHED::contains;
  private static final Curation NOTHING = new Curation(List.of(), List.of());

  private static List<Problem> check(Curation stored, List<Long> pinned, List<Long> excluded) {
    return CurationRules.check(SELF, stored, new Curation(pinned, excluded), IS_PUBLISHED);
  }

  @Test
  void publishedPostsOtherThanTheArticleItselfMayBePinnedAndExcluded() {
    assertThat(check(NOTHING, List.of(2L, 3L), List.of(4L))).isEmpty();
    assertThat(check(NOTHING, List.of(), List.of())).isEmpty();
  }

  @Test
  void atMostTwentyPostsPerList() {
    List<Long> many = LongStream.rangeClosed(100, 120).boxed().toList();

    assertThat(CurationRules.check(SELF, NOTHING, new Curation(many, List.of()), id -> true))
        .containsExactly(new Problem(CurationRules.PINNED, Rule.TOO_MANY, null));
    assertThat(CurationRules.check(SELF, NOTHING, new Curation(many.subList(0, 20), List.of()), id -> true)).isEmpty();
  }

  @Test
  void aPostListedTwiceIsReportedOnce() {
    assertThat(check(NOTHING, List.of(2L, 2L, 2L), List.of()))
        .containsExactly(new Problem(CurationRules.PINNED, Rule.REPEATED, null));
  }

  @Test
  void anArticleCannotRecommendItself() {
    assertThat(check(NOTHING, List.of(SELF), List.of(SELF))).containsExactly(
        new Problem(CurationRules.PINNED, Rule.SELF, SELF),
        new Problem(CurationRules.EXCLUDED, Rule.SELF, SELF),
        new Problem(CurationRules.EXCLUDED, Rule.PINNED_AND_EXCLUDED, SELF));
  }

  @Test
  void onlyPublishedPostsMayBeAdded() {
    assertThat(check(NOTHING, List.of(2L, 99L), List.of(98L))).containsExactly(
        new Problem(CurationRules.PINNED, Rule.NOT_PUBLISHED, 99L),
        new Problem(CurationRules.EXCLUDED, Rule.NOT_PUBLISHED, 98L));
  }

  @Test
  void postsWithdrawnSinceTheyWereStoredMayStayOrChangeLists() {
    Curation stored = new Curation(List.of(99L, 2L), List.of(98L));

    assertThat(check(stored, List.of(2L, 99L), List.of(98L))).as("reordered").isEmpty();
    assertThat(check(stored, List.of(98L), List.of(99L))).as("swapped").isEmpty();
  }

  @Test
  void aPostCannotBeBothPinnedAndExcluded() {
    assertThat(check(NOTHING, List.of(2L, 3L), List.of(3L, 2L))).containsExactly(
        new Problem(CurationRules.EXCLUDED, Rule.PINNED_AND_EXCLUDED, 2L),
        new Problem(CurationRules.EXCLUDED, Rule.PINNED_AND_EXCLUDED, 3L));
  }
}

package org.inkwell.cms.relatedposts.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.inkwell.cms.relatedposts.internal.Curation;
import org.inkwell.cms.relatedposts.internal.Pick;
import org.junit.jupiter.api.Test;

class AppliedCurationTest {

  private static final LongPredicate PUBLISHED = Set.of(2L, 3L, 4L, 5L, 6L)::contains;

  // Only the kind and the post matter here; the category relation is left out.
  private static Pick pinned(long id) {
    return new Pick(id, Pick.Kind.PINNED, 0, null, null, List.of(), 0);
  }

  private static Pick scored(long id) {
    return new Pick(id, Pick.Kind.SCORED, 1.5, null, "fitness", List.of(), 0.3);
  }

  @Test
  void aListLeadingWithThePinsInOrderAndWithoutExclusionsFollowsTheCuration() {
    Curation curation = new Curation(List.of(3L, 2L), List.of(6L));

    assertThat(AppliedCuration.isApplied(List.of(pinned(3), pinned(2), scored(4)), curation, PUBLISHED)).isTrue();
  }

  @Test
  void aListComputedBeforeTheChangeDoesNot() {
    Curation reordered = new Curation(List.of(2L, 3L), List.of());
    Curation newPin = new Curation(List.of(3L, 2L, 5L), List.of());
    Curation newExclusion = new Curation(List.of(3L, 2L), List.of(4L));
    List<Pick> before = List.of(pinned(3), pinned(2), scored(4), scored(5));

    assertThat(AppliedCuration.isApplied(before, reordered, PUBLISHED)).isFalse();
    assertThat(AppliedCuration.isApplied(before, newPin, PUBLISHED)).isFalse();
    assertThat(AppliedCuration.isApplied(before, newExclusion, PUBLISHED)).isFalse();
  }

  @Test
  void anUnpinnedPostMayStayInTheListOnItsScore() {
    Curation unpinned = new Curation(List.of(2L), List.of());

    assertThat(AppliedCuration.isApplied(List.of(pinned(3), pinned(2)), unpinned, PUBLISHED)).isFalse();
    assertThat(AppliedCuration.isApplied(List.of(pinned(2), scored(3)), unpinned, PUBLISHED)).isTrue();
  }

  @Test
  void pinsNoLongerPublishedAreNotExpected() {
    Curation curation = new Curation(List.of(99L, 2L), List.of());

    assertThat(AppliedCuration.isApplied(List.of(pinned(2), scored(3)), curation, PUBLISHED)).isTrue();
  }

  @Test
  void anEmptyListFollowsOnlyAnEmptyCuration() {
    assertThat(AppliedCuration.isApplied(List.of(), new Curation(List.of(), List.of(4L)), PUBLISHED)).isTrue();
    assertThat(AppliedCuration.isApplied(List.of(), new Curation(List.of(2L), List.of()), PUBLISHED)).isFalse();
  }
}

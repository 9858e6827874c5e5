package org.inkwell.cms.relatedposts.admin;

import java.util.List;
import java.util.function.LongPredicate;
import org.inkwell.cms.relatedposts.internal.Curation;
import org.inkwell.cms.relatedposts.internal.Pick;
import org.inkwell.cms.relatedposts.internal.RelatedPostsPlugin;

/**
 * Whether a stored list already follows an editor's latest pins and exclusions: the engine
 * recomputes it in the background a moment after the change, and the editor's panel waits for
 * that.
 */
final class AppliedCuration {

  private AppliedCuration() {}

  /**
   * True when the list leads with exactly the published pins, in order (as many as a list holds),
   * and shows no excluded post. A pin the engine never lists (asked to stay out of listings) keeps this
   * false: the panel's wait is bounded for that.
   */
  static boolean isApplied(List<Pick> list, Curation curation, LongPredicate published) {
    List<Long> expectedPins = curation.pinned().stream().filter(published::test).limit(RelatedPostsPlugin.MAX_LIMIT).toList();
    List<Long> listedPins = list.stream().filter(p -> p.kind() == Pick.Kind.PINNED).map(Pick::articleId).toList();
    boolean showsExcluded = list.stream().anyMatch(p -> curation.excluded().contains(p.articleId()));
    return listedPins.equals(expectedPins) && !showsExcluded;
  }
}

package org.inkwell.cms.relatedposts;

import java.util.Set;

/**
 * Site-wide settings of the Recommended Posts block.
 *
 * @param count how many posts the block shows
 * @param maxPerCategory at most this many picks from one primary category; 0 for no limit
 * @param excludedCategories slugs of categories whose posts are never recommended
 * @param excludedTags slugs of tags whose posts are never recommended
 * @param minScore picks scoring below this give way to the fallback (latest in the category)
 */
public record RelatedSettings(
    int count,
    int maxPerCategory,
    Set<String> excludedCategories,
    Set<String> excludedTags,
    Weights weights,
    double minScore) {

  /** The most posts a block may show; lists are stored this deep. */
  public static final int MAX_COUNT = 10;

  /** The highest weight of a signal, and the highest minimum score. */
  public static final double MAX_WEIGHT = 100;

  /** The highest recency weight: a share of the score. */
  public static final double MAX_RECENCY = 1;

  public static final RelatedSettings DEFAULTS =
      new RelatedSettings(3, 0, Set.of(), Set.of(), Weights.DEFAULTS, 0.15);

  public RelatedSettings {
    excludedCategories = Set.copyOf(excludedCategories);
    excludedTags = Set.copyOf(excludedTags);
  }

  /**
   * How much each signal counts. Signals are each between 0 and 1; a candidate's score is their
   * weighted sum, lowered by up to {@code recency} (a share) as the candidate ages.
   *
   * @param samePrimaryCategory both posts have the same primary category
   * @param categoryTree closeness in the category tree: parent and child, siblings, a shared
   *     category, cousins
   * @param tags shared tags, rare tags counting more than common ones
   * @param text similarity of title and body
   * @param recency share of the score an old post loses (half of it after a year)
   */
  public record Weights(double samePrimaryCategory, double categoryTree, double tags, double text, double recency) {

    // A post in the same category scores on both category signals (0.3 + 0.4): kept well below
    // what similar text earns, so a misfiled post is not recommended for its category alone.
    public static final Weights DEFAULTS = new Weights(0.3, 0.4, 1.0, 2.0, 0.15);
  }
}

package org.inkwell.cms.relatedposts.internal;

import java.util.List;

/** Precision and nDCG at k with binary relevance (same topic = relevant, else not). */
final class RankingMetrics {

  private RankingMetrics() {}

  /** Relevant picks among the first k, over k: a short list counts its missing places as misses. */
  static double precisionAt(int k, List<Boolean> relevant) {
    return relevant.stream().limit(k).filter(r -> r).count() / (double) k;
  }

  /**
   * DCG of the first k over the ideal DCG, the ideal being k relevant picks (every topic has far
   * more than k articles, so a perfect list exists for every query).
   */
  static double ndcgAt(int k, List<Boolean> relevant) {
    double dcg = 0;
    double ideal = 0;
    for (int i = 0; i < k; i++) {
      double discount = 1 / (Math.log(i + 2) / Math.log(2));
      ideal += discount;
      if (i < relevant.size() && relevant.get(i)) {
        dcg += discount;
      }
    }
    return dcg / ideal;
  }
}

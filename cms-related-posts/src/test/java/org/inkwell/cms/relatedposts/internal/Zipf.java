package org.inkwell.cms.relatedposts.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Draws words with Zipf's law (frequency ∝ 1/rank), as word frequencies in real text follow. */
final class Zipf {

  private final List<String> words;
  private final double[] cumulative;

  Zipf(List<String> byRank) {
    this.words = List.copyOf(byRank);
    cumulative = new double[words.size()];
    double sum = 0;
    for (int rank = 1; rank <= words.size(); rank++) {
      sum += 1.0 / rank;
      cumulative[rank - 1] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
  }

  String draw(Random random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return words.get(Math.min(words.size() - 1, i >= 0 ? i : -i - 1));
  }

  List<String> words() {
    return words;
  }
}

package org.inkwell.cms.relatedposts.internal;

import java.util.List;
import java.util.Set;

/**
 * Common English function words, most frequent first. The synthetic corpus draws its function
 * words from this list (Zipf-distributed, like real text), and the YARPP-style baseline removes
 * them as YARPP removes its "overused words": any real stop list contains all of these.
 */
final class EnglishStopWords {

  static final List<String> BY_FREQUENCY = List.of(
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "with", "was", "on",
      "be", "by", "this", "are", "or", "at", "from", "but", "not", "have", "an", "they", "which",
      "you", "one", "we", "all", "were", "their", "there", "been", "has", "when", "who", "will",
      "more", "if", "no", "out", "so", "what", "up", "its", "about", "into", "than", "them", "can",
      "only", "other", "some", "could", "these", "two", "may", "then", "do", "first", "any", "my",
      "now", "such", "like", "our", "over", "even", "most", "made", "after", "also", "did", "many",
      "before", "must", "through", "back", "where", "much", "your", "way", "well", "down",
      "should", "because", "each", "just", "those", "how", "too", "little", "very", "still",
      "between", "here", "both", "under", "never", "while", "again", "same", "another", "off",
      "own", "few", "against", "being", "during", "without", "once", "every", "why", "upon",
      "almost", "although", "always", "among", "around", "either", "else", "enough", "ever",
      "further", "however", "less", "maybe", "might", "nothing", "often", "perhaps", "rather",
      "since", "something", "sometimes", "though", "together", "toward", "usually", "whether",
      "within", "yet", "above", "below", "across", "along", "already", "anyway", "behind");

  static final Set<String> SET = Set.copyOf(BY_FREQUENCY);

  private EnglishStopWords() {}
}

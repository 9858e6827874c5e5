package org.inkwell.cms.relatedposts.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Pronounceable made-up words ("brantelo", "skivor"), each handed out once. Made-up words keep
 * topic vocabularies disjoint by construction, so "same topic" is an exact relevance label.
 */
final class PseudoWords {

  private static final String[] ONSETS = {
    "b", "br", "d", "dr", "f", "fl", "g", "gr", "k", "kl", "l", "m", "n", "p", "pl", "r", "s",
    "sk", "st", "t", "tr", "v", "z", "ch", "sh"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ea"};
  // No final "s" or "e": English stemming would fold "brantels" into "brantel".
  private static final String[] CODAS = {"", "", "n", "r", "l", "k", "m", "t", "nd", "rk"};

  private final Random random;
  private final Set<String> used = new HashSet<>(EnglishStopWords.SET);

  PseudoWords(Random random) {
    this.random = random;
  }

  List<String> take(int count) {
    List<String> words = new ArrayList<>(count);
    while (words.size() < count) {
      String word = next();
      if (word.length() >= 4 && used.add(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private String next() {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    return word.append(CODAS[random.nextInt(CODAS.length)]).toString();
  }
}

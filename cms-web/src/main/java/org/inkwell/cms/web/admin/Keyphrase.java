package org.inkwell.cms.web.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The focus keyphrase as words, and how well a text contains it. */
final class Keyphrase {

  /** From weakest to strongest, so that the best of several texts is the greatest. */
  enum Match {
    NONE,
    /** More than half of the keyphrase's distinct words, not all. */
    MOST_WORDS,
    /** Every word, but not as the phrase. */
    ALL_WORDS,
    PHRASE
  }

  private final List<String> words;
  private final Set<String> distinctWords;

  private Keyphrase(List<String> words) {
    this.words = words;
    this.distinctWords = Set.copyOf(words);
  }

  /** Empty when the text has no word, only punctuation or nothing at all. */
  static Optional<Keyphrase> of(String text) {
    List<String> words = Words.of(text);
    return words.isEmpty() ? Optional.empty() : Optional.of(new Keyphrase(words));
  }

  Match matchIn(List<String> text) {
    if (occurrencesIn(text) > 0) {
      return Match.PHRASE;
    }
    Set<String> found = new HashSet<>(text);
    found.retainAll(distinctWords);
    if (found.size() == distinctWords.size()) {
      return Match.ALL_WORDS;
    }
    return found.size() * 2 > distinctWords.size() ? Match.MOST_WORDS : Match.NONE;
  }

  boolean begins(List<String> text) {
    return occursAt(text, 0);
  }

  /** Non-overlapping occurrences of the whole phrase. */
  int occurrencesIn(List<String> text) {
    int count = 0;
    int i = 0;
    while (i + words.size() <= text.size()) {
      if (occursAt(text, i)) {
        count++;
        i += words.size();
      } else {
        i++;
      }
    }
    return count;
  }

  private boolean occursAt(List<String> text, int start) {
    if (start + words.size() > text.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).equals(text.get(start + i))) {
        return false;
      }
    }
    return true;
  }
}

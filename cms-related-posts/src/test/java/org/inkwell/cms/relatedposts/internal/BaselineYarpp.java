package org.inkwell.cms.relatedposts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Baseline in the manner of YARPP (Yet Another Related Posts Plugin, WordPress), simplified:
 *
 * <ul>
 *   <li>keywords of a post: its words, lower-cased, split on non-word characters, stop words and
 *       one-letter words removed, the 20 most frequent ones (ties: first seen first) — separately
 *       for the title and the body, as YARPP does;
 *   <li>score of a candidate = how many of the post's body keywords occur in the candidate's body
 *       + how many of its title keywords occur in the candidate's title + shared categories +
 *       shared tags (YARPP's default weights are all 1). YARPP uses MySQL's MATCH … AGAINST
 *       relevance where this counts matching keywords: no idf, no length normalisation;
 *   <li>candidates scoring at least the threshold (1), best first, ties by lower id (YARPP orders
 *       by score, then ID).
 * </ul>
 */
final class BaselineYarpp {

  static final int KEYWORDS = 20;
  static final double THRESHOLD = 1;

  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, Integer> vocabulary = new HashMap<>();

  /** One post's sorted distinct term ids and keyword ids, title and body apart. */
  private record Doc(SyntheticCorpus.Article article, int[] titleTerms, int[] bodyTerms, int[] titleKeywords, int[] bodyKeywords) {}

  BaselineYarpp(SyntheticCorpus corpus) {
    for (SyntheticCorpus.Article a : corpus.articles()) {
      Map<Integer, Integer> title = counts(a.title());
      Map<Integer, Integer> body = counts(corpus.body(a));
      docs.add(new Doc(a, sorted(title), sorted(body), keywords(title), keywords(body)));
    }
  }

  List<Long> top(SyntheticCorpus.Article query, int k) {
    Doc q = docs.stream().filter(d -> d.article().id() == query.id()).findFirst().orElseThrow();
    List<long[]> scored = new ArrayList<>(); // {score * 1000, id}
    for (Doc c : docs) {
      if (c.article().id() == query.id()) {
        continue;
      }
      double score = matches(q.bodyKeywords(), c.bodyTerms())
          + matches(q.titleKeywords(), c.titleTerms())
          + shared(query.categories(), c.article().categories())
          + shared(query.tags(), c.article().tags());
      if (score >= THRESHOLD) {
        scored.add(new long[] {(long) (score * 1000), c.article().id()});
      }
    }
    return scored.stream()
        .sorted(Comparator.<long[]>comparingLong(s -> -s[0]).thenComparingLong(s -> s[1]))
        .limit(k)
        .map(s -> s[1])
        .toList();
  }

  private Map<Integer, Integer> counts(String text) {
    Map<Integer, Integer> counts = new LinkedHashMap<>(); // insertion order: first seen first
    for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (word.length() >= 2 && !EnglishStopWords.SET.contains(word)) {
        counts.merge(vocabulary.computeIfAbsent(word, w -> vocabulary.size()), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static int[] keywords(Map<Integer, Integer> counts) {
    // A stable sort keeps first-seen order among equal counts.
    return counts.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
        .limit(KEYWORDS)
        .mapToInt(Map.Entry::getKey)
        .toArray();
  }

  private static int[] sorted(Map<Integer, Integer> counts) {
    int[] terms = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(terms);
    return terms;
  }

  private static int matches(int[] keywords, int[] sortedTerms) {
    int n = 0;
    for (int keyword : keywords) {
      if (Arrays.binarySearch(sortedTerms, keyword) >= 0) {
        n++;
      }
    }
    return n;
  }

  private static int shared(List<String> a, List<String> b) {
    return (int) a.stream().filter(b::contains).count();
  }
}

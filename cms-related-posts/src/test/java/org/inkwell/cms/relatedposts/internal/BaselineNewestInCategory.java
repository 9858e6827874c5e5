package org.inkwell.cms.relatedposts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Baseline: the newest posts of the article's primary category, what many themes show. */
final class BaselineNewestInCategory {

  private final Map<String, List<SyntheticCorpus.Article>> newestFirst = new HashMap<>();

  BaselineNewestInCategory(List<SyntheticCorpus.Article> articles) {
    for (SyntheticCorpus.Article a : articles) {
      newestFirst.computeIfAbsent(a.primaryCategory(), k -> new ArrayList<>()).add(a);
    }
    Comparator<SyntheticCorpus.Article> newest =
        Comparator.comparing(SyntheticCorpus.Article::publishedAt).thenComparingLong(SyntheticCorpus.Article::id).reversed();
    newestFirst.values().forEach(list -> list.sort(newest));
  }

  List<Long> top(SyntheticCorpus.Article query, int k) {
    return newestFirst.getOrDefault(query.primaryCategory(), List.of()).stream()
        .filter(a -> a.id() != query.id())
        .limit(k)
        .map(SyntheticCorpus.Article::id)
        .toList();
  }
}

package org.inkwell.cms.relatedposts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

/**
 * Every published article's facts, indexed for finding candidates: by id, newest first site-wide,
 * per primary category and per tag. Readers never block; writers are serialised.
 */
final class Corpus {

  private final Map<Long, Facts> byId = new ConcurrentHashMap<>();
  private final NavigableSet<Facts> newest = new ConcurrentSkipListSet<>(Facts::newestFirst);
  private final Map<String, NavigableSet<Facts>> byCategory = new ConcurrentHashMap<>();
  private final Map<String, NavigableSet<Facts>> byTag = new ConcurrentHashMap<>();
  // A skip list counts its elements one by one; scoring asks for tag counts all the time.
  private final Map<String, Integer> tagCounts = new ConcurrentHashMap<>();

  synchronized void put(Facts facts) {
    remove(facts.id());
    byId.put(facts.id(), facts);
    newest.add(facts);
    facts.categories().forEach(c -> set(byCategory, c).add(facts));
    facts.tags().forEach(t -> set(byTag, t).add(facts));
    facts.tags().forEach(t -> tagCounts.merge(t, 1, Integer::sum));
  }

  synchronized void remove(long id) {
    Facts old = byId.remove(id);
    if (old != null) {
      newest.remove(old);
      old.categories().forEach(c -> set(byCategory, c).remove(old));
      old.tags().forEach(t -> set(byTag, t).remove(old));
      old.tags().forEach(t -> tagCounts.computeIfPresent(t, (k, n) -> n == 1 ? null : n - 1));
    }
  }

  Optional<Facts> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  boolean contains(long id) {
    return byId.containsKey(id);
  }

  int size() {
    return byId.size();
  }

  Collection<Long> ids() {
    return byId.keySet();
  }

  /** Newest first, the whole site. */
  Stream<Facts> newest() {
    return newest.stream();
  }

  /** Newest first, articles filed in the category (as primary or extra category). */
  Stream<Facts> newestIn(String category) {
    NavigableSet<Facts> set = byCategory.get(category);
    return set == null ? Stream.empty() : set.stream();
  }

  /** Newest first, articles with the tag. */
  Stream<Facts> newestTagged(String tag) {
    NavigableSet<Facts> set = byTag.get(tag);
    return set == null ? Stream.empty() : set.stream();
  }

  /** How many articles carry the tag. */
  int tagCount(String tag) {
    return tagCounts.getOrDefault(tag, 0);
  }

  /** Inverse document frequency of a tag: rare tags say more about a post than common ones. */
  double tagRarity(String tag) {
    return Math.log(1.0 + (double) Math.max(1, size()) / Math.max(1, tagCount(tag)));
  }

  static Corpus of(List<Facts> all) {
    Corpus corpus = new Corpus();
    all.forEach(corpus::put);
    return corpus;
  }

  private static NavigableSet<Facts> set(Map<String, NavigableSet<Facts>> index, String key) {
    return index.computeIfAbsent(key, k -> new ConcurrentSkipListSet<>(Facts::newestFirst));
  }
}

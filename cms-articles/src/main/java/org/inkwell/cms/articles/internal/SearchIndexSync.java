package org.inkwell.cms.articles.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the search index equal to what the database publishes. Every change goes through
 * {@link #reconcile}: it reads the articles' current state and indexes or removes them
 * accordingly, so it is idempotent, and the order in which changes arrive does not matter as long
 * as the last call comes after the last commit — which content events, fired after commit, ensure.
 */
final class SearchIndexSync {

  /** Articles read and indexed per transaction. */
  static final int BATCH = 200;

  private final SearchSource source;
  private final LuceneSearchIndex index;

  /** What one synchronisation did. */
  record Report(int added, int updated, int removed, long millis) {
    int changed() {
      return added + updated + removed;
    }
  }

  SearchIndexSync(SearchSource source, LuceneSearchIndex index) {
    this.source = source;
    this.index = index;
  }

  /**
   * Brings these articles up to date: the published ones are (re)indexed, the others removed.
   * Visible to searches on return.
   */
  void reconcile(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += BATCH) {
      reconcileBatch(all.subList(from, Math.min(from + BATCH, all.size())));
    }
  }

  // One at a time: a reconciliation that read older data must not write after one that read newer.
  private synchronized void reconcileBatch(List<Long> ids) {
    Set<Long> gone = new HashSet<>(ids);
    for (SearchDocument d : source.published(ids)) {
      index.put(d);
      gone.remove(d.id());
    }
    gone.forEach(index::delete);
    index.refresh();
  }

  /**
   * Compares the index with the database by change time and repairs the difference: adds what is
   * missing, reindexes what changed since, removes what is no longer published.
   */
  Report synchronise() {
    long began = System.nanoTime();
    Map<Long, Instant> published = source.publishedVersions();
    Map<Long, Instant> indexed = index.versions();
    List<Long> missing = new ArrayList<>();
    List<Long> stale = new ArrayList<>();
    published.forEach((id, updatedAt) -> {
      Instant copy = indexed.get(id);
      if (copy == null) {
        missing.add(id);
      } else if (!copy.equals(updatedAt)) {
        stale.add(id);
      }
    });
    List<Long> withdrawn = indexed.keySet().stream().filter(id -> !published.containsKey(id)).toList();
    List<Long> toReconcile = new ArrayList<>(missing);
    toReconcile.addAll(stale);
    toReconcile.addAll(withdrawn);
    toReconcile.sort(null);
    reconcile(toReconcile);
    return new Report(missing.size(), stale.size(), withdrawn.size(), (System.nanoTime() - began) / 1_000_000);
  }

  /**
   * Indexes every published article again, whatever its change time: for changes the articles'
   * change time does not show (a category or tag renamed or deleted).
   */
  Report reindexAll() {
    long began = System.nanoTime();
    Set<Long> published = source.publishedVersions().keySet();
    Set<Long> indexed = index.versions().keySet();
    Set<Long> all = new TreeSet<>(published);
    all.addAll(indexed);
    reconcile(all);
    int withdrawn = (int) indexed.stream().filter(id -> !published.contains(id)).count();
    return new Report(0, published.size(), withdrawn, (System.nanoTime() - began) / 1_000_000);
  }
}

package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleTrashed;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;

/**
 * The JSON of published articles as anonymous readers get it, rendered once and kept until a
 * content event says it changed. Bounded by {@code cms.api.cache-bytes} (default 32 MiB); when
 * full, about a tenth of the entries make room, which costs a re-render of those and nothing else.
 */
@ApplicationScoped
public class PublishedArticleResponses {

  /** A rendered response and the base URL its links were made for. */
  public record Entry(String base, byte[] json, String etag) {}

  private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  @Inject
  @ConfigProperty(name = "cms.api.cache-bytes", defaultValue = "33554432")
  long maxBytes;

  Entry find(long id, String base) {
    Entry entry = entries.get(id);
    return entry != null && entry.base().equals(base) ? entry : null;
  }

  void keep(long id, Entry entry) {
    if (bytes.addAndGet(entry.json().length) > maxBytes) {
      makeRoom();
    }
    Entry previous = entries.put(id, entry);
    if (previous != null) {
      bytes.addAndGet(-previous.json().length);
    }
  }

  private void makeRoom() {
    long target = maxBytes - maxBytes / 10;
    for (Long id : entries.keySet()) {
      if (bytes.get() <= target) {
        return;
      }
      evict(id);
    }
  }

  void evict(long id) {
    Entry previous = entries.remove(id);
    if (previous != null) {
      bytes.addAndGet(-previous.json().length);
    }
  }

  void clear() {
    entries.clear();
    bytes.set(0);
  }

  void onPublished(@Observes ArticlePublished event) {
    evict(event.article().id());
  }

  void onUpdated(@Observes ArticleUpdated event) {
    evict(event.article().id());
  }

  void onUnpublished(@Observes ArticleUnpublished event) {
    evict(event.article().id());
  }

  void onTrashed(@Observes ArticleTrashed event) {
    evict(event.article().id());
  }

  void onViewsChanged(@Observes ArticleViewsChanged event) {
    clear();
  }
}

package org.inkwell.cms.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public pages rendered once and kept as bytes until a change to something they show. Readers who
 * ask for a page being rendered wait for that rendering instead of starting their own.
 *
 * <p>A rendering that overlaps a change may have read the data from before it, so it is served to
 * the readers who asked for it but not kept.
 */
@ApplicationScoped
public class PageCache {

  @Inject
  @ConfigProperty(name = "cms.site.cache-bytes", defaultValue = "67108864")
  long maxBytes;

  private Cache<String, CachedPage> pages;
  /** When each page's current bytes first appeared, so that Last-Modified survives re-renders. */
  private final Cache<String, Dated> dates = Caffeine.newBuilder().maximumSize(100_000).executor(Runnable::run).build();
  private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
  private long changes; // guarded by this

  @PostConstruct
  void init() {
    pages = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((String key, CachedPage page) -> page.weight())
        .executor(Runnable::run) // no common-pool threads inside the application server
        .build();
  }

  /** The kept page under this key, or a new rendering of it (kept if it says so). */
  CachedPage get(String key, Supplier<CachedPage> renderer) {
    CachedPage page = pages.getIfPresent(key);
    if (page != null) {
      return page;
    }
    CompletableFuture<CachedPage> mine = new CompletableFuture<>();
    CompletableFuture<CachedPage> running = rendering.putIfAbsent(key, mine);
    if (running != null) {
      return join(running);
    }
    try {
      long seen = changesSoFar();
      CachedPage rendered = dated(key, renderer.get());
      synchronized (this) {
        if (changes == seen && rendered.keep()) {
          pages.put(key, rendered);
        }
      }
      mine.complete(rendered);
      return rendered;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      rendering.remove(key, mine);
    }
  }

  private record Dated(String etag, java.time.Instant modified) {}

  private CachedPage dated(String key, CachedPage rendered) {
    if (!rendered.keep()) {
      return rendered;
    }
    Dated before = dates.getIfPresent(key);
    if (before != null && before.etag().equals(rendered.etag())) {
      return rendered.datedAt(before.modified());
    }
    if (before != null && !rendered.lastModified().isAfter(before.modified())) {
      // Changed within the same second: a later date, or If-Modified-Since would match old bytes.
      rendered = rendered.datedAt(before.modified().plusSeconds(1));
    }
    dates.put(key, new Dated(rendered.etag(), rendered.lastModified()));
    return rendered;
  }

  /** Discards every page that depends on any of these keys. */
  void invalidate(Set<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    synchronized (this) {
      changes++;
      // Later readers must not join a rendering that began before this change.
      rendering.clear();
      pages.asMap().values().removeIf(page -> page.dependsOnAny(keys));
    }
  }

  void clear() {
    synchronized (this) {
      changes++;
      rendering.clear();
      pages.invalidateAll();
    }
  }

  long size() {
    return pages.estimatedSize();
  }

  private synchronized long changesSoFar() {
    return changes;
  }

  private static CachedPage join(CompletableFuture<CachedPage> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}

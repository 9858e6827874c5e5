package org.inkwell.cms.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.core.cache.RenderedCache;

/**
 * Public pages rendered once and kept as bytes until a change to something they show, in a
 * {@link RenderedCache}: readers of a page being rendered wait for that rendering, and one that
 * overlaps a change is served to them but not kept.
 */
@ApplicationScoped
public class PageCache {

  @Inject
  @ConfigProperty(name = "cms.site.cache-bytes", defaultValue = "67108864")
  long maxBytes;

  private RenderedCache<String, CachedPage> pages;
  /** When each page's current bytes first appeared, so that Last-Modified survives re-renders. */
  private final Cache<String, Dated> dates = Caffeine.newBuilder().maximumSize(100_000).executor(Runnable::run).build();

  @PostConstruct
  void init() {
    pages = new RenderedCache<>(maxBytes, CachedPage::weight, CachedPage::keep);
  }

  /** The kept page under this key, or a new rendering of it (kept if it says so). */
  CachedPage get(String key, Supplier<CachedPage> renderer) {
    return pages.get(key, () -> dated(key, renderer.get()));
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
    pages.invalidate((key, page) -> page.dependsOnAny(keys));
  }

  void clear() {
    pages.clear();
  }

  long size() {
    return pages.size();
  }
}

package org.inkwell.cms.articles.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.core.cache.RenderedCache;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleTrashed;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.ArticleViewsChanged;

/**
 * The JSON of published articles as anonymous readers get it, rendered once and kept in a {@link
 * RenderedCache} until a content event says it changed: a rendering that overlaps the change (an
 * unpublish, say) is answered but not kept. Bounded by {@code cms.api.cache-bytes} (default 32 MiB).
 */
@ApplicationScoped
public class PublishedArticleResponses {

  /** The rendered response of one article version. */
  public record Entry(long version, byte[] json) {

    EntityTag etag() {
      return Versions.tag(version);
    }
  }

  /** An article as asked for at one address: its links are made for that base URL. */
  private record Key(long id, String base) {}

  @Inject
  @ConfigProperty(name = "cms.api.cache-bytes", defaultValue = "33554432")
  long maxBytes;

  private RenderedCache<Key, Entry> responses;

  @PostConstruct
  void init() {
    // Anonymous readers are only ever shown published articles: every rendering may be kept.
    responses = new RenderedCache<>(maxBytes, entry -> entry.json().length, entry -> true);
  }

  Optional<Entry> find(long id, String base) {
    return responses.find(new Key(id, base));
  }

  /** The kept response, or a new rendering of it. */
  Entry get(long id, String base, Supplier<Entry> renderer) {
    return responses.get(new Key(id, base), renderer);
  }

  void onPublished(@Observes ArticlePublished event) {
    forget(event.article().id());
  }

  void onUpdated(@Observes ArticleUpdated event) {
    forget(event.article().id());
  }

  void onUnpublished(@Observes ArticleUnpublished event) {
    forget(event.article().id());
  }

  void onTrashed(@Observes ArticleTrashed event) {
    forget(event.article().id());
  }

  void onViewsChanged(@Observes ArticleViewsChanged event) {
    responses.clear();
  }

  private void forget(long id) {
    responses.invalidate((key, entry) -> key.id() == id);
  }
}

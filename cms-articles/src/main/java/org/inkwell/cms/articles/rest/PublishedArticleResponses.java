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
 * The JSON of published articles as anonymous readers get it, one article or one page of a
 * listing, rendered once and kept in a {@link RenderedCache} until a content event says it changed:
 * a rendering that overlaps the change (an unpublish, say) is answered but not kept. Bounded by
 * {@code cms.api.cache-bytes} (default 32 MiB) for both kinds together.
 */
@ApplicationScoped
public class PublishedArticleResponses {

  /** A kept reply: its body, and what goes with it in headers. */
  sealed interface Reply permits Entry, Listing {

    byte[] json();

    /** What the reply costs in the budget: its bytes. */
    default int weight() {
      return json().length;
    }
  }

  /** The rendered response of one article version. */
  public record Entry(long version, byte[] json) implements Reply {

    EntityTag etag() {
      return Versions.tag(version);
    }
  }

  /** One page of a listing as rendered: its JSON array, and the values of its paging headers. */
  public record Listing(byte[] json, long total, String links) implements Reply {

    @Override
    public int weight() {
      return json.length + links.length();
    }
  }

  private sealed interface Key permits ArticleKey, ListingKey {}

  /** An article as asked for at one address: its links are made for that base URL. */
  private record ArticleKey(long id, String base) implements Key {}

  /**
   * A listing as asked for, to the byte: its {@code Link} header repeats the path and query of
   * the request, and the query says which articles it shows.
   */
  private record ListingKey(String base, String path, String query) implements Key {}

  @Inject
  @ConfigProperty(name = "cms.api.cache-bytes", defaultValue = "33554432")
  long maxBytes;

  private RenderedCache<Key, Reply> responses;

  @PostConstruct
  void init() {
    // Anonymous readers are only ever shown published articles: every rendering may be kept.
    responses = new RenderedCache<>(maxBytes, Reply::weight, reply -> true);
  }

  Optional<Entry> find(long id, String base) {
    return responses.find(new ArticleKey(id, base)).map(Entry.class::cast);
  }

  /** The kept response, or a new rendering of it. */
  Entry get(long id, String base, Supplier<Entry> renderer) {
    return (Entry) responses.get(new ArticleKey(id, base), renderer);
  }

  /** The kept page of a listing asked for at this path and raw query ({@code null} for none). */
  Optional<Listing> findListing(String base, String path, String query) {
    return responses.find(new ListingKey(base, path, orEmpty(query))).map(Listing.class::cast);
  }

  /** The kept page of a listing, or a new rendering of it. */
  Listing listing(String base, String path, String query, Supplier<Listing> renderer) {
    return (Listing) responses.get(new ListingKey(base, path, orEmpty(query)), renderer);
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

  /**
   * Discards the article and every listing: any change can move an article into, out of or
   * within a listing (its words, terms and dates decide where it shows), and it shifts the pages
   * after it and the totals.
   */
  private void forget(long id) {
    responses.invalidate((key, reply) -> key instanceof ListingKey
        || key instanceof ArticleKey article && article.id() == id);
  }

  private static String orEmpty(String query) {
    return query == null ? "" : query;
  }
}

package org.inkwell.cms.relatedposts.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.core.NotReadyException;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleTrashed;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.core.event.ContentStoreReady;
import org.inkwell.cms.core.event.PageBlockChanged;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.ArticleCatalog;
import org.inkwell.cms.core.spi.SharedDatabase;
import org.inkwell.cms.relatedposts.RelatedSettings;

/**
 * The plugin in the application: starts once the content store is ready, turns content events
 * into queued recomputations, and runs the engine's work on one managed thread.
 */
@ApplicationScoped
public class RelatedPostsPlugin {

  /** The most recommendations one request may ask for: as deep as lists are stored. */
  public static final int MAX_LIMIT = ListBuilder.DEPTH;

  private static final Logger LOG = Logger.getLogger(RelatedPostsPlugin.class.getName());
  private static final long TICK_MILLIS = 100;
  /** One tick works at most this long, so that queued changes are not kept waiting by a rebuild. */
  private static final long SLICE_MILLIS = 250;

  @Inject ArticleCatalog catalog;

  @Inject Event<PageBlockChanged> blockChanged;

  @Resource(lookup = SharedDatabase.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "cms.data.dir", defaultValue = "./cms-data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "cms.related.quiet-millis", defaultValue = "150")
  long quietMillis;

  @Inject
  @ConfigProperty(name = "cms.related.max-wait-millis", defaultValue = "1000")
  long maxWaitMillis;

  @Inject
  @ConfigProperty(name = "cms.related.cached-lists", defaultValue = "5000")
  long cachedLists;

  // Content events and renames refresh cards at once; the expiry only bounds memory.
  private final Cache<Long, ArticleCard> cards =
      Caffeine.newBuilder().maximumSize(5_000).expireAfterWrite(Duration.ofMinutes(5)).build();
  private volatile RelatedEngine engine;
  private ScheduledFuture<?> ticks;

  void onContentStoreReady(@Observes ContentStoreReady ready) {
    RelatedSchema.migrate(dataSource);
    LuceneTextSimilarity text;
    try {
      text = new LuceneTextSimilarity(FSDirectory.open(Path.of(dataDir, "related-index")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the related-posts index under " + dataDir, e);
    }
    ChangeQueue changes = new ChangeQueue(Duration.ofMillis(quietMillis), Duration.ofMillis(maxWaitMillis));
    engine = new RelatedEngine(
        catalog, new StoredLists(dataSource), text, changes, Clock.systemUTC(), cachedLists, new PagesToRedraw());
    if (ready.demoContentLoaded()) {
      // Only on the start that filled the empty store: a pin an editor removes later stays removed.
      engine.curateAtStart(DemoCuration.shipped());
    }
    ticks = scheduler.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  void onPublished(@Observes ArticlePublished event) {
    changed(event.article().id());
  }

  void onUpdated(@Observes ArticleUpdated event) {
    changed(event.article().id());
  }

  void onUnpublished(@Observes ArticleUnpublished event) {
    withdrawn(event.article().id());
  }

  void onTrashed(@Observes ArticleTrashed event) {
    withdrawn(event.article().id());
  }

  /** A renamed category or author: cards carry their names. */
  void onViewsChanged(@Observes ArticleViewsChanged event) {
    cards.invalidateAll();
  }

  /** The article's recommendations, best first; empty if it is not published. */
  public Optional<List<Pick>> listOf(long articleId) {
    return running().flatMap(e -> e.listOf(articleId));
  }

  public boolean isPublished(long articleId) {
    return running().map(e -> e.isPublished(articleId)).orElse(false);
  }

  /** Cards of published articles, in the given order; unpublished ones are left out. */
  public List<ArticleCard> cards(List<Long> ids) {
    Map<Long, ArticleCard> found = new HashMap<>(cards.getAllPresent(ids));
    List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      for (ArticleCard card : catalog.cards(missing)) {
        cards.put(card.id(), card);
        found.put(card.id(), card);
      }
    }
    return ids.stream().map(found::get).filter(c -> c != null).toList();
  }

  public String categoryName(String slug) {
    return running().map(e -> e.categories().name(slug)).orElse(slug);
  }

  public Curation curation(long articleId) {
    return running().map(e -> e.curation(articleId)).orElse(Curation.NONE);
  }

  public void curate(long articleId, List<Long> pinned, List<Long> excluded) {
    required().curate(articleId, new Curation(pinned, excluded));
  }

  public RelatedSettings settings() {
    return running().map(RelatedEngine::settings).orElse(RelatedSettings.DEFAULTS);
  }

  public void rebuild(RelatedSettings settings) {
    required().rebuild(settings);
  }

  public Optional<RelatedStatus> status() {
    return running().map(RelatedEngine::status);
  }

  @PreDestroy
  void stop() {
    if (ticks != null) {
      ticks.cancel(false);
    }
    if (engine != null) {
      synchronized (this) {
        engine.close();
      }
    }
  }

  private void tick() {
    long until = System.currentTimeMillis() + SLICE_MILLIS;
    try {
      synchronized (this) {
        while (engine.work() && System.currentTimeMillis() < until) {
          // keep going while there is work and time
        }
      }
    } catch (RuntimeException e) {
      // A failed step is retried on the next tick; an exception here would cancel all ticks.
      LOG.log(Level.WARNING, "Recommended posts: a background step failed", e);
    }
  }

  /** Tells the site which article pages show other recommendations now. */
  private final class PagesToRedraw implements RelatedEngine.ListsChanged {
    @Override
    public void some(Set<Long> articleIds) {
      blockChanged.fire(PageBlockChanged.on(RelatedPostsBlock.ID, articleIds));
    }

    @Override
    public void all() {
      blockChanged.fire(PageBlockChanged.everywhere(RelatedPostsBlock.ID));
    }
  }

  private void changed(long articleId) {
    cards.invalidate(articleId);
    running().ifPresent(e -> e.changed(articleId));
  }

  private void withdrawn(long articleId) {
    cards.invalidate(articleId);
    running().ifPresent(e -> e.withdrawn(articleId));
  }

  private Optional<RelatedEngine> running() {
    return Optional.ofNullable(engine);
  }

  private RelatedEngine required() {
    return running().orElseThrow(() -> new NotReadyException("Recommended posts are still starting; try again in a few seconds."));
  }
}

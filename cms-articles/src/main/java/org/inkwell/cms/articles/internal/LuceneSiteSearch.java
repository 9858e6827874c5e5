package org.inkwell.cms.articles.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleSearch;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageHit;
import org.inkwell.cms.articles.PageLink;
import org.inkwell.cms.articles.PageSearch;
import org.inkwell.cms.articles.SearchHit;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleTrashed;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.ContentStoreReady;
import org.inkwell.cms.core.event.PageChanged;

/**
 * Search in the application: a Lucene index under {@code ${cms.data.dir}/search-index}, kept equal
 * to the published articles and pages (each search asks for one kind).
 *
 * <ul>
 *   <li>Content events (fired after commit) reindex the article or page at once, on the thread that made
 *       the change, reading it in a transaction of its own: a search right after a publish sees it.
 *   <li>{@link ArticleViewsChanged} (a category or tag renamed or deleted) reindexes everything in
 *       the background, since the event does not say which articles changed.
 *   <li>Changes are visible at once (near-real-time) but written to disk every {@value
 *       #COMMIT_SECONDS} s and at shutdown; at start-up (and at first use) the index is compared
 *       with the database, which repairs whatever a crash lost.
 *   <li>Each commit also records the change journal's row up to which the index has everything
 *       (the journal position). At start-up the index catches up from there: what the journal
 *       added since is either content whose change time the comparison sees, or, if a row says a
 *       category, tag or author changed (which no article's change time shows), or if the journal
 *       no longer reaches back that far (a node down longer than the journal keeps rows), or if
 *       the index recorded no position, every article is indexed again. So a node started after
 *       any time down serves search as the database stands, whichever node made the changes.
 * </ul>
 *
 * <p>The position recorded lags a commit behind: it is the one this node had applied at the
 * previous commit ({@value #COMMIT_SECONDS} s earlier), and it is not moved while a reindexing is
 * under way or the last update failed. By then every event of those rows has reached the index
 * (those read from the journal are applied before the position moves; a node's own are applied
 * as they commit), so the commit holds what the position claims.
 */
@ApplicationScoped
public class LuceneSiteSearch implements ArticleSearch, PageSearch {

  private static final Logger LOG = Logger.getLogger(LuceneSiteSearch.class.getName());
  static final long COMMIT_SECONDS = 10;
  /** After the index failed to open (say, locked by another server), wait this long to retry. */
  private static final long REOPEN_MILLIS = 60_000;
  private static final int UNREACHABLE_SPARE = 20;

  @Inject JpaSearchSource source;

  @Inject ChangeJournal journal;

  @Inject JournalFollower follower;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "cms.data.dir", defaultValue = "./cms-data")
  String dataDir;

  /** The open index and what keeps it in sync. */
  private record Engine(LuceneSearchIndex index, SearchIndexSync sync) {}

  private final Object lifecycle = new Object();
  private volatile Engine engine;
  /** False until the index has been compared with the database, and again after a failed update. */
  private volatile boolean synchronised;
  private long openFailedAt = Long.MIN_VALUE / 2;
  private boolean closed;
  private ScheduledFuture<?> commits;
  /** Reindexings asked for and not finished: the journal position must not pass their events. */
  private final AtomicInteger reindexing = new AtomicInteger();
  /**
   * A reindexing failed, or the journal could not be read at start-up: the position stays where it
   * is, so that the next start catches up from there again.
   */
  private volatile boolean positionHeld;
  /** The journal position this node had applied at the previous commit; recorded by the next. */
  private OptionalLong applied = OptionalLong.empty();

  @Override
  public ResultPage<SearchHit> search(String query, PageRequest page) {
    PageRequest request = page != null ? page : new PageRequest(1, PageRequest.DEFAULT_PER_PAGE);
    if (query == null || query.isBlank()) {
      return new ResultPage<>(List.of(), 0, request);
    }
    Optional<Engine> running = engine();
    if (running.isEmpty()) {
      return new ResultPage<>(List.of(), 0, request);
    }
    LuceneSearchIndex.Matches matches =
        running.get().index().search(SearchDocument.Kind.ARTICLE, query, request.offset(), request.perPage());
    if (matches.page().isEmpty()) {
      return new ResultPage<>(List.of(), matches.total(), request);
    }
    List<Long> ids = matches.page().stream().map(LuceneSearchIndex.Match::id).toList();
    Map<Long, ArticleDetails> published = new HashMap<>();
    source.publishedDetails(ids).forEach(a -> published.put(a.id(), a));
    List<SearchHit> hits = new ArrayList<>(ids.size());
    List<Long> notPublished = new ArrayList<>();
    for (LuceneSearchIndex.Match m : matches.page()) {
      ArticleDetails article = published.get(m.id());
      if (article != null) {
        hits.add(new SearchHit(article, m.titleHtml(), m.snippetHtml()));
      } else {
        notPublished.add(m.id());
      }
    }
    if (!notPublished.isEmpty()) {
      // The index is behind the database here (a lost event?): repair these few in the background.
      inBackground(() -> reconcile(notPublished));
    }
    return new ResultPage<>(hits, Math.max(0, matches.total() - notPublished.size()), request);
  }

  @Override
  public List<PageHit> searchPages(String query, int limit) {
    Optional<Engine> running = engine();
    if (query == null || query.isBlank() || limit <= 0 || running.isEmpty()) {
      return List.of();
    }
    // Published pages below a draft or trashed one are indexed but not reachable: look a little deeper.
    List<LuceneSearchIndex.Match> matches =
        running.get().index().search(SearchDocument.Kind.PAGE, query, 0, limit + UNREACHABLE_SPARE).page();
    if (matches.isEmpty()) {
      return List.of();
    }
    Map<Long, PageDetails> reachable = source.reachablePages(matches.stream().map(LuceneSearchIndex.Match::id).toList());
    return matches.stream()
        .filter(m -> reachable.containsKey(m.id()))
        .limit(limit)
        .map(m -> {
          PageDetails page = reachable.get(m.id());
          return new PageHit(new PageLink(page.id(), page.title(), page.path()), m.titleHtml(), m.snippetHtml());
        })
        .toList();
  }

  void onContentStoreReady(@Observes ContentStoreReady ready) {
    // In the background: a first indexing of a large site must not hold up the deployment.
    inBackground(() -> {
      Engine before = engine;
      engine().filter(e -> e == before).ifPresent(this::synchronise); // a new engine synchronised already
    });
  }

  void onPublished(@Observes ArticlePublished event) {
    reconcile(List.of(event.article().id()));
  }

  void onUpdated(@Observes ArticleUpdated event) {
    reconcile(List.of(event.article().id()));
  }

  void onUnpublished(@Observes ArticleUnpublished event) {
    reconcile(List.of(event.article().id()));
  }

  void onTrashed(@Observes ArticleTrashed event) {
    reconcile(List.of(event.article().id()));
  }

  void onPageChanged(@Observes PageChanged event) {
    reconcile(List.of(event.pageId()));
  }

  void onViewsChanged(@Observes ArticleViewsChanged event) {
    reindexing.incrementAndGet(); // here, on the thread that applies the event, before it is done
    inBackground(() -> {
      try {
        engine().ifPresent(e -> {
          SearchIndexSync.Report report = e.sync().reindexAll();
          e.index().commit(); // durable at once: a crash must not lose what change times do not show
          LOG.info("Search index: " + report.updated() + " articles and pages reindexed in " + report.millis()
              + " ms (" + event.reason() + ")");
        });
      } catch (RuntimeException failed) {
        positionHeld = true;
        LOG.log(Level.WARNING, "Search index: reindexing after \"" + event.reason() + "\" failed; the next start"
            + " reindexes again", failed);
      } finally {
        reindexing.decrementAndGet();
      }
    });
  }

  @PreDestroy
  void close() {
    synchronized (lifecycle) {
      closed = true;
      if (commits != null) {
        commits.cancel(false);
      }
      if (engine != null) {
        try {
          engine.index().close();
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Search index: closing failed; the next start repairs it", e);
        }
        engine = null;
      }
    }
  }

  private void reconcile(Collection<Long> ids) {
    try {
      engine().ifPresent(e -> e.sync().reconcile(ids));
    } catch (RuntimeException e) {
      // The change itself is committed and must not fail; the periodic check repairs the index.
      synchronised = false;
      LOG.log(Level.WARNING, "Search index: updating articles " + ids + " failed; retried shortly", e);
    }
  }

  /** The running index, opened and synchronised with the database on first use. */
  private Optional<Engine> engine() {
    Engine running = engine;
    if (running != null) {
      return Optional.of(running);
    }
    synchronized (lifecycle) {
      if (engine == null && !closed && System.currentTimeMillis() - openFailedAt > REOPEN_MILLIS) {
        try {
          engine = open();
        } catch (RuntimeException e) {
          openFailedAt = System.currentTimeMillis();
          LOG.log(Level.SEVERE, "Search index: cannot open it under " + dataDir + "; searches find nothing", e);
        }
      }
      return Optional.ofNullable(engine);
    }
  }

  private Engine open() {
    Path dir = Path.of(dataDir, "search-index");
    LuceneSearchIndex index;
    try {
      index = new LuceneSearchIndex(FSDirectory.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Engine opened = new Engine(index, new SearchIndexSync(source, index));
    catchUp(opened);
    if (scheduler != null) {
      commits = scheduler.scheduleWithFixedDelay(this::commitAndRepair, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }
    return opened;
  }

  /** Brings a freshly opened index up to the database, from the journal position it recorded. */
  private void catchUp(Engine e) {
    OptionalLong position = e.index().journalPosition();
    long newest;
    boolean everything;
    try {
      newest = journal.newest(); // before looking at the rows: all up to it are covered below
      everything = position.isEmpty()
          ? e.index().size() > 0
          : !journal.reachesBackTo(position.getAsLong()) || journal.hasAfter(position.getAsLong(), ArticleViewsChanged.class);
    } catch (RuntimeException unreadable) {
      // What the journal holds since the position is unknown: keep the position for the next start.
      positionHeld = true;
      LOG.log(Level.WARNING, "Search index: cannot read the change journal; comparing with the database only", unreadable);
      synchronise(e);
      return;
    }
    if (!everything) {
      synchronise(e);
      if (synchronised) {
        e.index().commit(OptionalLong.of(newest));
      }
      return;
    }
    try {
      SearchIndexSync.Report report = e.sync().reindexAll();
      synchronised = true;
      e.index().commit(OptionalLong.of(newest));
      LOG.info("Search index: " + e.index().size() + " published articles and pages, all indexed again in "
          + report.millis() + " ms (" + (position.isEmpty() ? "no journal position recorded"
              : "the journal since row " + position.getAsLong() + " renamed or deleted a category, tag or author, or no"
                  + " longer reaches back that far") + ")");
    } catch (RuntimeException failed) {
      synchronised = false;
      positionHeld = true;
      LOG.log(Level.WARNING, "Search index: indexing again failed; comparing with the database is retried in "
          + COMMIT_SECONDS + " s", failed);
    }
  }

  private void synchronise(Engine e) {
    try {
      SearchIndexSync.Report report = e.sync().synchronise();
      synchronised = true;
      if (report.changed() > 0) {
        e.index().commit();
      }
      LOG.info("Search index: " + e.index().size() + " published articles and pages; " + report.added() + " added, "
          + report.updated() + " updated, " + report.removed() + " removed in " + report.millis() + " ms");
    } catch (RuntimeException failed) {
      synchronised = false;
      LOG.log(Level.WARNING, "Search index: comparing with the database failed; retried in "
          + COMMIT_SECONDS + " s", failed);
    }
  }

  /** The timer's work: retry a failed synchronisation, then make recent changes durable. */
  void commitAndRepair() {
    Engine e = engine;
    if (e == null) {
      return;
    }
    try {
      if (!synchronised) {
        synchronise(e);
      }
      boolean settled = synchronised && !positionHeld && reindexing.get() == 0;
      OptionalLong reached = settled ? applied : OptionalLong.empty();
      applied = follower.appliedUpTo();
      e.index().commit(reached);
    } catch (RuntimeException failed) {
      // An exception would cancel the schedule; report it and try again at the next run.
      LOG.log(Level.WARNING, "Search index: commit failed; retried in " + COMMIT_SECONDS + " s", failed);
    }
  }

  private void inBackground(Runnable work) {
    Runnable guarded = () -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Search index: background work failed", e);
      }
    };
    if (scheduler != null) {
      scheduler.execute(guarded);
    } else {
      guarded.run();
    }
  }
}

package org.inkwell.cms.relatedposts.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.inkwell.cms.core.spi.ArticleCatalog;
import org.inkwell.cms.core.spi.CatalogArticle;
import org.inkwell.cms.relatedposts.RelatedSettings;

/**
 * Keeps every published article's list of recommended posts computed and stored. All writes run
 * on one worker thread, through {@link #work()}: start-up, recomputing after content changes, and
 * rebuilds. Readers on other threads only read stored lists.
 */
final class RelatedEngine {

  /** Bump when scoring changes in a way that makes stored lists wrong: they are then rebuilt. */
  static final int ALGORITHM = 1;

  private static final Logger LOG = Logger.getLogger(RelatedEngine.class.getName());
  private static final int CATALOG_BATCH = 500;
  private static final int REBUILD_BATCH = 200;
  /** How many of a changed article's best candidates are checked for taking it into their lists. */
  private static final int NEIGHBOURS = 30;
  /** Hears which articles' lists may read differently now, so that pages showing them are redrawn. */
  interface ListsChanged {
    ListsChanged NOBODY = new ListsChanged() {
      @Override
      public void some(Set<Long> articleIds) {}

      @Override
      public void all() {}
    };

    void some(Set<Long> articleIds);

    void all();
  }

  private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);

  private final ArticleCatalog catalog;
  private final StoredLists store;
  private final LuceneTextSimilarity text;
  private final ChangeQueue changes;
  private final Clock clock;
  private final ListsChanged listsChanged;
  private final Corpus corpus = new Corpus();
  private final ListBuilder builder;
  private final Cache<Long, List<Pick>> liveLists;
  private final Map<Long, Curation> curations = new ConcurrentHashMap<>();
  private final AtomicReference<RelatedSettings> requestedRebuild = new AtomicReference<>();
  private final AtomicLong changesProcessed = new AtomicLong();
  private final AtomicLong listsComputed = new AtomicLong();
  private final AtomicLong listsPatched = new AtomicLong();
  private final AtomicLong lastChangeMillis = new AtomicLong();
  private volatile int changesInProgress;

  private volatile CategoryTree tree = new CategoryTree(List.of());
  private volatile List<Generation> generations = List.of();
  private volatile boolean started;
  private volatile DemoCuration curationAtStart = DemoCuration.NONE;
  private Instant lastCommit = Instant.EPOCH;

  RelatedEngine(
      ArticleCatalog catalog,
      StoredLists store,
      LuceneTextSimilarity text,
      ChangeQueue changes,
      Clock clock,
      long cachedLists,
      ListsChanged listsChanged) {
    this.catalog = catalog;
    this.listsChanged = listsChanged;
    this.store = store;
    this.text = text;
    this.changes = changes;
    this.clock = clock;
    this.builder = new ListBuilder(corpus, () -> tree, text, clock);
    this.liveLists = Caffeine.newBuilder().maximumSize(cachedLists).build();
  }

  /** One step of work on the worker thread; returns whether there was anything to do. */
  boolean work() {
    if (!started) {
      start();
      return true;
    }
    Set<Long> changed = changes.take(clock.instant());
    if (!changed.isEmpty()) {
      applyChanges(changed);
      return true;
    }
    RelatedSettings rebuild = requestedRebuild.get();
    if (rebuild != null) {
      store.start(rebuild, ALGORITHM, clock.instant());
      generations = store.generations();
      // Cleared only once the rebuild shows: the status never reports "neither requested nor running" in between.
      requestedRebuild.compareAndSet(rebuild, null);
      return true;
    }
    if (rebuildStep()) {
      return true;
    }
    commitIfDue(false);
    return false;
  }

  /** Loads what is published, brings the text index up to date, and starts a rebuild if needed. */
  void start() {
    tree = new CategoryTree(catalog.categories());
    curations.putAll(store.curations());
    Map<String, Long> named = new HashMap<>();
    long after = 0;
    for (List<CatalogArticle> batch = catalog.published(after, CATALOG_BATCH); !batch.isEmpty();
        batch = catalog.published(after, CATALOG_BATCH)) {
      for (CatalogArticle a : batch) {
        corpus.put(Facts.of(a));
        if (curationAtStart.names(a.article().slug())) {
          named.put(a.article().slug(), a.id());
        }
      }
      after = batch.get(batch.size() - 1).id();
    }
    curationAtStart.resolve(named).forEach(this::curate);
    Set<Long> reindexed = synchroniseIndex();
    generations = store.generations();
    Optional<Generation> live = live();
    if (building().isEmpty() && (live.isEmpty() || live.get().algorithm() != ALGORITHM || store.listed(live.get().number()) != corpus.size())) {
      store.start(live.map(Generation::settings).orElse(RelatedSettings.DEFAULTS), ALGORITHM, clock.instant());
      generations = store.generations();
    } else {
      reindexed.forEach(id -> changes.add(id, Instant.EPOCH));
    }
    started = true;
    listsChanged.all();
    LOG.info("Recommended posts: " + corpus.size() + " published articles, " + reindexed.size()
        + " (re)indexed now; live lists: generation " + live().map(Generation::number).orElse(null)
        + (building().isPresent() ? "; rebuilding" : ""));
  }

  /** Recomputes the lists a batch of changed articles affects, in every generation. */
  void applyChanges(Set<Long> changed) {
    changesInProgress = changed.size();
    try {
      recompute(changed);
    } catch (RuntimeException e) {
      // Taken from the queue but not done: queue them again for a later tick rather than lose them.
      changed.forEach(id -> changes.add(id, clock.instant()));
      throw e;
    } finally {
      changesInProgress = 0;
    }
  }

  private void recompute(Set<Long> changed) {
    long began = System.nanoTime();
    tree = new CategoryTree(catalog.categories());
    List<CatalogArticle> published = catalog.published(changed);
    Set<Long> publishedIds = published.stream().map(CatalogArticle::id).collect(Collectors.toSet());
    Map<Long, String> bodies = catalog.bodyTexts(publishedIds);
    for (long id : changed) {
      if (!publishedIds.contains(id)) {
        corpus.remove(id);
        text.delete(id);
      }
    }
    for (CatalogArticle a : published) {
      corpus.put(Facts.of(a));
      text.put(a.id(), a.modifiedAt(), a.article().title(), bodies.getOrDefault(a.id(), ""));
    }
    text.refresh();
    Set<Long> rebuilt = new LinkedHashSet<>(publishedIds);
    for (long id : changed) {
      curations.forEach((article, c) -> {
        if (c.pinned().contains(id) || c.excluded().contains(id)) {
          rebuilt.add(article);
        }
      });
    }
    Set<Long> touched = new LinkedHashSet<>(rebuilt);
    for (Generation g : generations) {
      Map<Long, List<Pick>> lists = new HashMap<>(compute(rebuilt, g.settings()));
      Set<Long> unsure = new LinkedHashSet<>();
      for (long id : changed) {
        patchListsAround(id, g, lists, unsure);
      }
      unsure.removeAll(lists.keySet());
      lists.putAll(compute(unsure, g.settings()));
      store.save(g.number(), lists, clock.instant());
      touched.addAll(lists.keySet());
    }
    changed.stream().filter(id -> !publishedIds.contains(id)).forEach(store::delete);
    liveLists.invalidateAll(touched);
    liveLists.invalidateAll(changed);
    touched.addAll(changed);
    listsChanged.some(touched);
    changesProcessed.addAndGet(changed.size());
    lastChangeMillis.set((System.nanoTime() - began) / 1_000_000);
    commitIfDue(false);
  }

  /**
   * Brings the stored lists around a changed article up to date without searching again for each:
   * lists that hold it get its new score (or lose it), and its nearest candidates take it in if it
   * beats their weakest pick. Scores are nearly symmetric, so the changed article's own ranking
   * tells how well it suits each of them; lists outside that ranking get their text similarity from
   * one search restricted to them. Lists that would end up too short go to {@code unsure}.
   */
  private void patchListsAround(long changedId, Generation g, Map<Long, List<Pick>> lists, Set<Long> unsure) {
    Facts changed = corpus.find(changedId).orElse(null);
    Map<Long, Pick> view = new LinkedHashMap<>();
    if (changed != null) {
      builder.ranked(changed, Curation.NONE, g.settings()).forEach(p -> view.put(p.articleId(), p));
    }
    Set<Long> around = new LinkedHashSet<>(store.containing(g.number(), changedId));
    // Lists that hold it but lie outside its own ranking: their text similarity in one search.
    Map<Long, Double> unranked = changed == null
        ? Map.of()
        : text.similarities(changedId, around.stream().filter(id -> !view.containsKey(id)).toList());
    view.keySet().stream().limit(NEIGHBOURS).forEach(around::add);
    Instant now = clock.instant();
    for (long id : around) {
      Facts target = corpus.find(id).orElse(null);
      List<Pick> base = lists.containsKey(id) ? lists.get(id) : store.find(g.number(), id).orElse(null);
      if (target == null || base == null) {
        continue;
      }
      boolean holdsIt = base.stream().anyMatch(p -> p.articleId() == changedId);
      Pick seen = view.get(id);
      double similarity = seen != null ? seen.text() : unranked.getOrDefault(id, 0.0);
      Pick rescored = changed == null
          ? null
          : builder.score(target, changed, similarity, g.settings().weights(), tree, now);
      if (holdsIt || (rescored != null && entersList(base, rescored))) {
        builder.merge(target, base, changedId, rescored, curation(id), g.settings())
            .ifPresentOrElse(list -> lists.put(id, list), () -> unsure.add(id));
        listsPatched.incrementAndGet();
      }
    }
  }

  private static boolean entersList(List<Pick> stored, Pick candidate) {
    double weakest = stored.stream()
        .filter(p -> p.kind() != Pick.Kind.PINNED)
        .mapToDouble(p -> p.kind() == Pick.Kind.LATEST ? 0 : p.score())
        .min()
        .orElse(0);
    return stored.size() < ListBuilder.DEPTH || candidate.score() > weakest;
  }

  /** Computes the next batch of the generation being built, or makes it live when complete. */
  boolean rebuildStep() {
    Optional<Generation> building = building();
    if (building.isEmpty()) {
      return false;
    }
    Generation g = building.get();
    List<CatalogArticle> batch = catalog.published(g.cursor(), REBUILD_BATCH);
    if (batch.isEmpty()) {
      commitIfDue(true);
      store.promote(g.number());
      liveLists.invalidateAll();
      generations = store.generations();
      listsChanged.all();
      LOG.info("Recommended posts: generation " + g.number() + " is live (" + store.listed(g.number()) + " lists).");
      return true;
    }
    List<Long> ids = batch.stream().map(CatalogArticle::id).toList();
    store.save(g.number(), compute(ids, g.settings()), clock.instant());
    long cursor = ids.get(ids.size() - 1);
    store.advance(g.number(), cursor);
    generations = generations.stream()
        .map(x -> x.number() == g.number() ? new Generation(x.number(), x.state(), x.settings(), x.algorithm(), cursor, x.startedAt()) : x)
        .toList();
    return true;
  }

  /** The stored list of a published article; computed on the spot only before its first list exists. */
  Optional<List<Pick>> listOf(long articleId) {
    Optional<Facts> article = corpus.find(articleId);
    if (!started || article.isEmpty()) {
      return Optional.empty();
    }
    Optional<Generation> live = live();
    List<Pick> list = live.isPresent()
        ? liveLists.get(articleId, id -> store.find(live.get().number(), id).orElse(null))
        : null;
    if (list == null) {
      list = builder.build(article.get(), curation(articleId), settings());
    }
    // An article unpublished a moment ago leaves every list at once, before recomputation.
    return Optional.of(list.stream().filter(p -> corpus.contains(p.articleId())).toList());
  }

  void changed(long articleId) {
    changes.add(articleId, clock.instant());
  }

  /**
   * Pins to store at start-up as if an editor had made them: the demo site's, on the start that
   * loaded it. Called before the first {@link #work()}.
   */
  void curateAtStart(DemoCuration curation) {
    curationAtStart = curation;
  }

  /** Forgets an article that stopped being public: no list shows it from now on. */
  void withdrawn(long articleId) {
    corpus.remove(articleId);
    changed(articleId);
  }

  Curation curation(long articleId) {
    return curations.getOrDefault(articleId, Curation.NONE);
  }

  void curate(long articleId, Curation curation) {
    store.saveCuration(articleId, curation);
    curations.put(articleId, curation);
    changed(articleId);
  }

  /** The settings in force: those of the generation being built, else of the live one. */
  RelatedSettings settings() {
    RelatedSettings requested = requestedRebuild.get();
    if (requested != null) {
      return requested;
    }
    List<Generation> all = generations;
    return all.isEmpty() ? RelatedSettings.DEFAULTS : all.get(all.size() - 1).settings();
  }

  /** Asks for every list to be rebuilt with these settings; the live lists serve until then. */
  void rebuild(RelatedSettings settings) {
    requestedRebuild.set(settings);
  }

  boolean isPublished(long articleId) {
    return corpus.contains(articleId);
  }


  CategoryTree categories() {
    return tree;
  }

  RelatedStatus status() {
    Optional<Generation> live = live();
    Optional<Generation> building = building();
    return new RelatedStatus(
        started,
        corpus.size(),
        live.map(Generation::number).orElse(null),
        building.map(g -> new RelatedStatus.Rebuild(g.number(), store.listed(g.number()), corpus.size(), g.startedAt()))
            .orElse(null),
        requestedRebuild.get() != null,
        changes.size(),
        changesInProgress,
        changes.received(),
        changesProcessed.get(),
        listsComputed.get(),
        listsPatched.get(),
        lastChangeMillis.get(),
        started ? text.sizeInBytes() : 0);
  }

  void close() {
    commitIfDue(true);
    text.close();
  }

  private Map<Long, List<Pick>> compute(Collection<Long> ids, RelatedSettings settings) {
    Map<Long, List<Pick>> lists = ids.parallelStream()
        .map(corpus::find)
        .flatMap(Optional::stream)
        .collect(Collectors.toConcurrentMap(Facts::id, f -> builder.build(f, curation(f.id()), settings)));
    listsComputed.addAndGet(lists.size());
    return new HashMap<>(lists);
  }

  private Set<Long> synchroniseIndex() {
    Map<Long, Long> stamps = text.stamps();
    stamps.keySet().stream().filter(id -> !corpus.contains(id)).forEach(text::delete);
    List<Long> stale = corpus.ids().stream()
        .filter(id -> !Long.valueOf(corpus.find(id).orElseThrow().modifiedAt().toEpochMilli()).equals(stamps.get(id)))
        .sorted()
        .toList();
    for (int from = 0; from < stale.size(); from += CATALOG_BATCH) {
      List<Long> batch = stale.subList(from, Math.min(stale.size(), from + CATALOG_BATCH));
      Map<Long, String> bodies = catalog.bodyTexts(batch);
      for (long id : batch) {
        Facts f = corpus.find(id).orElseThrow();
        text.put(id, f.modifiedAt(), f.title(), bodies.getOrDefault(id, ""));
      }
    }
    text.refresh();
    commitIfDue(true);
    return new LinkedHashSet<>(stale);
  }

  private Optional<Generation> live() {
    return generations.stream().filter(Generation::live).findFirst();
  }

  private Optional<Generation> building() {
    return generations.stream().filter(g -> !g.live()).findFirst();
  }

  private void commitIfDue(boolean now) {
    Instant at = clock.instant();
    if (now || at.isAfter(lastCommit.plus(COMMIT_EVERY))) {
      text.commit();
      lastCommit = at;
    }
  }
}

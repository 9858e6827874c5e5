package org.inkwell.cms.relatedposts.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.inkwell.cms.relatedposts.RelatedSettings;

/**
 * Part 2: what the engine costs at N published articles: a full rebuild, recomputation after one
 * publish (and one edit), list reads, heap and disk.
 */
final class ScaleBench {

  static final int TOPICS = 20;
  /** Between two publishes the site is idle this long: long enough for a Lucene commit to fall due. */
  static final Duration PUBLISH_GAP = Duration.ofSeconds(10);

  private final int n;
  private final int publishes;
  private final int edits;
  private final int reads;
  private final long seed;
  private final Path dir;

  /** Everything measured at one N. */
  record Result(
      int n,
      EngineHarness.RebuildTimes rebuild,
      Recomputes publish,
      Recomputes edit,
      Percentiles read,
      Percentiles storeFind,
      long heapCatalog,
      long heapAfterRebuild,
      long heapWithEngine,
      long luceneBytes,
      long h2Bytes,
      long h2CompactedBytes,
      Breakdown breakdown) {}

  /** Single-threaded cost of the parts of one list's computation, from a sample of articles. */
  record Breakdown(double similarToMs, double buildMs, double saveBatchMs, int batch) {}

  ScaleBench(int n, int publishes, int edits, int reads, long seed, Path dir) {
    this.n = n;
    this.publishes = publishes;
    this.edits = edits;
    this.reads = reads;
    this.seed = seed;
    this.dir = dir;
  }

  Result run() {
    Instant now = RelatedBench.NOW;
    SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.Shape.standard(TOPICS, n / TOPICS), seed, now);
    InMemoryCatalog catalog = new InMemoryCatalog(corpus);
    long heapCatalog = usedHeapAfterGc();
    TestClock clock = new TestClock(now);
    EngineHarness harness = new EngineHarness(dir, catalog, clock);
    try {
      log("N=%,d: full rebuild ...", n);
      EngineHarness.RebuildTimes rebuild = harness.rebuild();
      long heapAfterRebuild = usedHeapAfterGc(); // the list cache is empty: promote() cleared it
      log("N=%,d: rebuild took %.1f s; %d publishes ...", n, rebuild.total() / 1e9, publishes);
      Recomputes publish = publishes(harness, corpus, catalog, clock);
      log("N=%,d: %d edits ...", n, edits);
      Recomputes edit = edits(harness, catalog, clock);
      log("N=%,d: %,d reads after %,d warm-up reads ...", n, reads, reads);
      Percentiles read = reads(harness.engine, catalog);
      Percentiles storeFind = storeFinds(harness, catalog);
      long heapWithEngine = usedHeapAfterGc();
      harness.close(); // commits: what stays on disk
      long luceneBytes = harness.luceneBytes();
      long h2Bytes = harness.h2Bytes();
      log("N=%,d: cost breakdown ...", n);
      Breakdown breakdown = breakdown(dir, catalog, clock);
      log("N=%,d: compacting the H2 file to see how much of it is live data ...", n);
      long h2Compacted = compactedH2Bytes(dir);
      return new Result(n, rebuild, publish, edit, read, storeFind, heapCatalog, heapAfterRebuild, heapWithEngine,
          luceneBytes, h2Bytes, h2Compacted, breakdown);
    } finally {
      harness.close();
    }
  }

  /** New articles, one at a time: in the catalog, reported, quiet period over, one work() timed. */
  private Recomputes publishes(EngineHarness h, SyntheticCorpus corpus, InMemoryCatalog catalog, TestClock clock) {
    Recomputes.Recorder r = new Recomputes.Recorder(publishes);
    for (int i = 0; i < publishes; i++) {
      clock.advance(PUBLISH_GAP);
      SyntheticCorpus.Article a = corpus.next(clock.instant());
      catalog.publish(a, clock.instant());
      recompute(h, a.id(), clock, r);
    }
    return r.done();
  }

  /** Edits of random existing articles: their lists, the lists showing them, and new takers. */
  private Recomputes edits(EngineHarness h, InMemoryCatalog catalog, TestClock clock) {
    Recomputes.Recorder r = new Recomputes.Recorder(edits);
    Random random = new Random(seed + 2);
    List<Long> ids = catalog.ids();
    for (int i = 0; i < edits; i++) {
      clock.advance(PUBLISH_GAP);
      long id = ids.get(random.nextInt(ids.size()));
      catalog.publish(catalog.article(id), clock.instant()); // a new modification time: changed
      recompute(h, id, clock, r);
    }
    return r.done();
  }

  private static void recompute(EngineHarness h, long id, TestClock clock, Recomputes.Recorder r) {
    long listsBefore = h.engine.status().listsComputed();
    h.engine.changed(id);
    clock.advance(EngineHarness.QUIET.plusMillis(1));
    long gcBefore = gcMillis();
    long t0 = System.nanoTime();
    boolean worked = h.engine.work();
    long took = System.nanoTime() - t0;
    long gc = gcMillis() - gcBefore;
    if (!worked || h.engine.listOf(id).map(List::isEmpty).orElse(true)) {
      throw new IllegalStateException("article " + id + " was not recomputed");
    }
    r.add(took, h.engine.status().listsComputed() - listsBefore, gc);
    while (h.engine.work()) {
      // nothing should be left; drain in case
    }
  }

  /** Time spent in garbage collection so far, all collectors (pauses and concurrent work). */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
  }

  private Percentiles reads(RelatedEngine engine, InMemoryCatalog catalog) {
    long[] ids = catalog.ids().stream().mapToLong(Long::longValue).toArray();
    Random random = new Random(seed + 3);
    long sink = 0;
    for (int i = 0; i < reads; i++) {
      sink += engine.listOf(ids[random.nextInt(ids.length)]).orElseThrow().size();
    }
    long[] nanos = new long[reads];
    for (int i = 0; i < reads; i++) {
      long id = ids[random.nextInt(ids.length)];
      long t0 = System.nanoTime();
      List<Pick> list = engine.listOf(id).orElseThrow();
      nanos[i] = System.nanoTime() - t0;
      sink += list.size();
    }
    if (sink == 42) {
      System.out.print(""); // keeps the reads from being optimised away
    }
    return new Percentiles(nanos);
  }

  /** Reads straight from H2, as a read does when the list is not in the engine's cache. */
  private Percentiles storeFinds(EngineHarness h, InMemoryCatalog catalog) {
    int live = h.store.generations().stream().filter(Generation::live).findFirst().orElseThrow().number();
    List<Long> ids = catalog.ids();
    Random random = new Random(seed + 4);
    int count = 20_000;
    long[] nanos = new long[count];
    for (int i = -count; i < count; i++) { // the first half warms up
      long id = ids.get(random.nextInt(ids.size()));
      long t0 = System.nanoTime();
      h.store.find(live, id).orElseThrow();
      if (i >= 0) {
        nanos[i] = System.nanoTime() - t0;
      }
    }
    return new Percentiles(nanos);
  }

  /**
   * Where a rebuild's time goes, measured on one thread outside the engine: the Lucene query for
   * similar text, the whole list (that query plus candidates and scoring), and storing a batch.
   */
  private Breakdown breakdown(Path dir, InMemoryCatalog catalog, TestClock clock) {
    // The engine is closed and the disk measured: open its index and tables again, without it.
    var pool = EngineHarness.pool(dir);
    StoredLists store = new StoredLists(pool);
    try (LuceneTextSimilarity text = EngineHarness.textIndex(dir)) {
      return breakdown(store, text, catalog, clock);
    } finally {
      pool.dispose();
    }
  }

  private Breakdown breakdown(StoredLists store, LuceneTextSimilarity text, InMemoryCatalog catalog, TestClock clock) {
    Corpus facts = Corpus.of(catalog.published(0, Integer.MAX_VALUE).stream().map(Facts::of).toList());
    CategoryTree tree = new CategoryTree(catalog.categories());
    ListBuilder builder = new ListBuilder(facts, () -> tree, text, clock);
    List<Long> ids = catalog.ids();
    Random random = new Random(seed + 5);
    int samples = 2_000;
    long similar = 0;
    long build = 0;
    for (int i = -samples / 2; i < samples; i++) { // the first third warms up
      long id = ids.get(random.nextInt(ids.size()));
      long t0 = System.nanoTime();
      text.similarTo(id, 60);
      long t1 = System.nanoTime();
      builder.build(facts.find(id).orElseThrow(), Curation.NONE, RelatedSettings.DEFAULTS);
      long t2 = System.nanoTime();
      if (i >= 0) {
        similar += t1 - t0;
        build += t2 - t1;
      }
    }
    int live = store.generations().stream().filter(Generation::live).findFirst().orElseThrow().number();
    int batch = 200;
    int rounds = 10;
    long save = 0;
    for (int r = 0; r < rounds; r++) {
      Map<Long, List<Pick>> lists = new HashMap<>();
      int from = random.nextInt(Math.max(1, ids.size() - batch));
      for (long id : ids.subList(from, Math.min(ids.size(), from + batch))) {
        lists.put(id, store.find(live, id).orElseThrow());
      }
      long t0 = System.nanoTime();
      store.save(live, lists, clock.instant()); // the same lists again: the table is unchanged
      save += System.nanoTime() - t0;
    }
    return new Breakdown(similar / 1e6 / samples, build / 1e6 / samples, save / 1e6 / rounds, batch);
  }

  /**
   * The H2 file's size after SHUTDOWN COMPACT, which rewrites it with live data only. H2 appends
   * changed pages and compacts lazily, so the file the engine leaves behind holds old versions too.
   */
  private static long compactedH2Bytes(Path dir) {
    var pool = EngineHarness.pool(dir);
    try (var c = pool.getConnection(); var st = c.createStatement()) {
      st.execute("SHUTDOWN COMPACT");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      pool.dispose();
    }
    return EngineHarness.sizeOf(dir.resolve("db"));
  }

  static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(200); // System.gc() is only a request: give the collector time, there is nothing to await
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void log(String format, Object... args) {
    System.err.printf("[bench] " + format + "%n", args);
  }
}

package org.inkwell.cms.relatedposts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The engine wired as the plugin wires it on the site, on a fresh directory: lists in an H2 file
 * database migrated by the plugin's own migration, text in a Lucene index on disk.
 */
final class EngineHarness implements AutoCloseable {

  /** The plugin's defaults (cms.related.quiet-millis, max-wait-millis, cached-lists). */
  static final Duration QUIET = Duration.ofMillis(150);
  static final Duration MAX_WAIT = Duration.ofMillis(1000);
  static final long CACHED_LISTS = 5_000; // the plugin's default (cms.related.cached-lists)

  /** Wall-clock time of each phase of a full rebuild, in nanoseconds. */
  record RebuildTimes(long start, long compute, long promote, int steps) {
    long total() {
      return start + compute + promote;
    }
  }

  final Path dir;
  final TestClock clock;
  final StoredLists store;
  final LuceneTextSimilarity text;
  final RelatedEngine engine;
  private final JdbcConnectionPool pool;
  private boolean closed;

  EngineHarness(Path dir, InMemoryCatalog catalog, TestClock clock) {
    this.dir = dir;
    this.clock = clock;
    deleteRecursively(dir);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pool = pool(dir);
    RelatedSchema.migrate(pool);
    store = new StoredLists(pool);
    text = textIndex(dir);
    engine = new RelatedEngine(catalog, store, text, new ChangeQueue(QUIET, MAX_WAIT), clock, CACHED_LISTS, RelatedEngine.ListsChanged.NOBODY);
  }

  /** Runs the engine from start-up until its first generation is live and nothing is left to do. */
  RebuildTimes rebuild() {
    long t0 = System.nanoTime();
    engine.work(); // start(): loads every article's facts, indexes all text, starts a generation
    long t1 = System.nanoTime();
    long lastStep = t1;
    long beforeLast = t1;
    int steps = 0;
    while (true) {
      long before = System.nanoTime();
      if (!engine.work()) {
        break;
      }
      beforeLast = before;
      lastStep = System.nanoTime();
      steps++;
    }
    // The last step that did work found no more articles and made the generation live.
    return new RebuildTimes(t1 - t0, beforeLast - t1, lastStep - beforeLast, steps - 1);
  }

  /**
   * Connections to the H2 file database in the directory. The site pools connections (Payara's
   * pool) and StoredLists opens one per call: without a pool H2 would close and reopen the file
   * between calls.
   */
  static JdbcConnectionPool pool(Path dir) {
    JdbcDataSource h2 = new JdbcDataSource();
    // The site's own H2 URL options (ConfiguredDataSource).
    h2.setURL("jdbc:h2:file:" + dir.resolve("db").resolve("cms").toAbsolutePath() + ";QUERY_CACHE_SIZE=256");
    h2.setUser("sa");
    h2.setPassword("");
    JdbcConnectionPool pool = JdbcConnectionPool.create(h2);
    pool.setMaxConnections(32);
    return pool;
  }

  static LuceneTextSimilarity textIndex(Path dir) {
    try {
      return new LuceneTextSimilarity(FSDirectory.open(dir.resolve("related-index")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long luceneBytes() {
    return sizeOf(dir.resolve("related-index"));
  }

  long h2Bytes() {
    return sizeOf(dir.resolve("db"));
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      engine.close();
      pool.dispose();
    }
  }

  static long sizeOf(Path path) {
    if (!Files.exists(path)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.inkwell.cms.articles.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.articles.wordpress.wxr.WxrEntry;
import org.inkwell.cms.articles.wordpress.wxr.WxrFormatException;
import org.inkwell.cms.articles.wordpress.wxr.WxrReader;
import org.inkwell.cms.core.CmsException;

/**
 * Runs import jobs in the background, one at a time, reading the file once to count its entries
 * and once to write them in batches: each batch is one transaction, so progress shows as it goes and
 * a crash loses at most a batch (which a re-run of the file writes again). A batch that fails is
 * written again entry by entry, so one bad item costs only itself.
 */
@ApplicationScoped
public class WordPressImporter {

  static final int BATCH = 100;
  private static final Logger LOG = Logger.getLogger(WordPressImporter.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject ImportJobs jobs;
  @Inject ImportWrites writes;

  // Two imports of one site at once would race to create the same items.
  private final ReentrantLock oneAtATime = new ReentrantLock(true);

  void submit(long jobId) {
    executor.execute(() -> run(jobId));
  }

  private void run(long jobId) {
    oneAtATime.lock();
    try {
      Optional<String> file = jobs.begin(jobId);
      if (file.isPresent()) {
        importFile(jobId, Path.of(file.get()));
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + jobId + " stopped", e);
      jobs.fail(jobId, "the import stopped: " + reason(e));
    } finally {
      oneAtATime.unlock();
    }
  }

  private void importFile(long jobId, Path file) throws IOException {
    long total;
    try (InputStream in = open(file)) {
      total = WxrReader.count(in);
    }
    Run run = new Run(jobId);
    try (InputStream in = open(file);
        WxrReader reader = WxrReader.open(in)) {
      List<WxrEntry> batch = new ArrayList<>();
      try {
        for (WxrEntry entry = reader.next(); entry != null; entry = reader.next()) {
          if (run.source == null) {
            run.source = source(reader);
            jobs.measured(jobId, run.source, total);
          }
          batch.add(entry);
          if (batch.size() == BATCH) {
            write(run, batch);
            batch.clear();
          }
        }
      } catch (WxrFormatException malformed) {
        // What came before the broken place stays imported; a re-run completes the rest.
        if (run.source != null) {
          write(run, batch);
          writes.resolveParents(jobId, run.source, run.deferred);
        }
        jobs.fail(jobId, malformed.getMessage());
        return;
      }
      if (run.source == null) {
        run.source = source(reader);
        jobs.measured(jobId, run.source, total);
      }
      write(run, batch);
      writes.resolveParents(jobId, run.source, run.deferred);
    }
    jobs.finish(jobId);
    Files.deleteIfExists(file);
  }

  private void write(Run run, List<WxrEntry> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      run.add(writes.write(run.jobId, run.source, batch, Set.copyOf(run.seenTerms), run.categoryPaths));
    } catch (RuntimeException batchFailed) {
      for (WxrEntry entry : batch) {
        try {
          run.add(writes.write(run.jobId, run.source, List.of(entry), Set.copyOf(run.seenTerms), run.categoryPaths));
        } catch (RuntimeException e) {
          LOG.log(Level.INFO, "Import " + run.jobId + ": " + entry.label() + " not written", e);
          jobs.unwritable(run.jobId, entry.label(), "not imported: " + reason(e));
        }
      }
    }
  }

  private static String source(WxrReader reader) {
    String site = reader.site();
    return site.isEmpty() ? "(unknown site)" : site.length() > 500 ? site.substring(0, 500) : site;
  }

  private static InputStream open(Path file) throws IOException {
    return new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
  }

  /** The most telling message of a failure: the service's own, else the innermost cause's. */
  private static String reason(Throwable e) {
    Throwable deepest = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CmsException) {
        return t.getMessage();
      }
      deepest = t;
    }
    return deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
  }

  /** What one run keeps between batches. */
  private static final class Run {
    final long jobId;
    String source;
    final List<ImportWrites.DeferredParent> deferred = new ArrayList<>();
    final Set<String> seenTerms = new HashSet<>();
    final Map<String, String> categoryPaths = new HashMap<>();

    Run(long jobId) {
      this.jobId = jobId;
    }

    void add(ImportWrites.Outcome outcome) {
      deferred.addAll(outcome.deferred());
      seenTerms.addAll(outcome.seenTerms());
    }
  }
}

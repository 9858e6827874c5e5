package org.inkwell.cms.articles.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.wordpress.ImportOptions;
import org.inkwell.cms.articles.wordpress.media.ImportedImages;
import org.inkwell.cms.articles.wordpress.wxr.WxrEntry;
import org.inkwell.cms.articles.wordpress.wxr.WxrFormatException;
import org.inkwell.cms.articles.wordpress.wxr.WxrItem;
import org.inkwell.cms.articles.wordpress.wxr.WxrReader;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.InvalidInputException;

/**
 * Runs import jobs in the background, one at a time on a thread of their own (a long import must
 * not hold up the server's shared executor), reading the file three times: to count its entries,
 * to bring in its attachments, and to write everything else in batches. Attachments come first so
 * that every post, wherever the file lists it, finds the local copies of the images its body and
 * featured image name. Each batch is one transaction, so progress shows as it goes and a crash
 * loses at most a batch (which a re-run of the file writes again). A batch that fails is written
 * again entry by entry, so one bad item costs only itself.
 *
 * <p>The uploaded file is deleted when its job ends, done or failed: a re-run is a new upload.
 */
@ApplicationScoped
public class WordPressImporter {

  static final int BATCH = 100;
  private static final Logger LOG = Logger.getLogger(WordPressImporter.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject ImportJobs jobs;
  @Inject ImportWrites writes;
  @Inject ImportedMedia media;
  @Inject AttachmentDownloader downloader;
  @Inject MediaDirectory mediaFiles;

  /** One thread: two imports of one site at once would race to create the same items. */
  private ExecutorService executor;

  @PostConstruct
  void startThread() {
    executor = Executors.newSingleThreadExecutor(threads);
  }

  @PreDestroy
  void stopThread() {
    // A job cut short here is failed at the next start-up (ImportJobRecovery).
    executor.shutdownNow();
  }

  /**
   * Queues the job. Without {@link ImportOptions#downloadMedia()}, only the attachments an earlier
   * run brought in are used.
   */
  void submit(long jobId, ImportOptions options) {
    executor.execute(() -> run(jobId, options));
  }

  private void run(long jobId, ImportOptions options) {
    Optional<String> file = Optional.empty();
    try {
      file = jobs.begin(jobId);
      if (file.isPresent()) {
        importFile(jobId, Path.of(file.get()), options);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + jobId + " stopped", e);
      jobs.fail(jobId, "the import stopped: " + reason(e));
    } finally {
      file.ifPresent(WordPressImporter::deleteUpload);
    }
  }

  private void importFile(long jobId, Path file, ImportOptions options) throws IOException {
    long total;
    try (InputStream in = open(file)) {
      total = WxrReader.count(in);
    }
    Run run = new Run(jobId, options);
    ImportedImages images = attachments(run, file, total, options.downloadMedia());
    try (InputStream in = open(file);
        WxrReader reader = WxrReader.open(in)) {
      List<WxrEntry> batch = new ArrayList<>();
      try {
        for (WxrEntry entry = reader.next(); entry != null; entry = reader.next()) {
          if (run.source == null) {
            run.source = source(reader);
            jobs.measured(jobId, run.source, total);
          }
          if (entry instanceof WxrItem item && item.isAttachment()) {
            continue; // brought in before, and counted then
          }
          batch.add(entry);
          if (batch.size() == BATCH) {
            write(run, batch, images);
            batch.clear();
          }
        }
      } catch (WxrFormatException malformed) {
        // What came before the broken place stays imported; a re-run completes the rest.
        if (run.source != null) {
          write(run, batch, images);
          writes.resolveParents(jobId, run.source, run.deferred);
        }
        jobs.fail(jobId, malformed.getMessage());
        return;
      }
      if (run.source == null) {
        run.source = source(reader);
        jobs.measured(jobId, run.source, total);
      }
      write(run, batch, images);
      writes.resolveParents(jobId, run.source, run.deferred);
    }
    jobs.finish(jobId);
  }

  /**
   * Brings in the file's attachments, one transaction each (a download must not hold one open),
   * and returns the local images of all it holds, earlier runs' included. Stops quietly at
   * malformed XML: the pass after it fails the job there.
   */
  private ImportedImages attachments(Run run, Path file, long total, boolean downloadMedia) throws IOException {
    ImportedImages images = ImportedImages.none();
    try (InputStream in = open(file);
        WxrReader reader = WxrReader.open(in)) {
      for (WxrEntry entry = reader.next(); entry != null; entry = reader.next()) {
        if (run.source == null) {
          run.source = source(reader);
          jobs.measured(run.jobId, run.source, total);
        }
        if (entry instanceof WxrItem item && item.isAttachment()) {
          attachment(run, item, downloadMedia).ifPresent(local -> images.add(item.id(), item.attachmentUrl(), local));
        }
      }
    } catch (WxrFormatException malformed) {
      // reported by the next pass, after it has written what comes before the broken place
    }
    return images;
  }

  private Optional<MediaDetails> attachment(Run run, WxrItem item, boolean downloadMedia) {
    try {
      ImportedMedia.Earlier earlier = media.earlier(run.jobId, run.source, item);
      if (earlier instanceof ImportedMedia.Found found) {
        return Optional.of(found.media());
      }
      if (earlier instanceof ImportedMedia.Gone) {
        return Optional.empty();
      }
      if (!downloadMedia) {
        media.failed(run.jobId, item, "not downloaded: the import was started without media");
        return Optional.empty();
      }
      if (item.attachmentUrl().isBlank()) {
        media.failed(run.jobId, item, "an attachment without an address (wp:attachment_url)");
        return Optional.empty();
      }
      Path downloaded = downloader.download(item.attachmentUrl());
      try {
        return Optional.of(media.store(run.jobId, run.source, item, downloaded));
      } finally {
        mediaFiles.discard(downloaded);
      }
    } catch (AttachmentDownloader.Failed e) {
      media.failed(run.jobId, item, "not downloaded from " + cut(item.attachmentUrl(), 300) + ": " + e.getMessage());
    } catch (InvalidInputException e) {
      String why = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
      media.failed(run.jobId, item, "not imported: the file at " + cut(item.attachmentUrl(), 300) + " " + why);
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "Import " + run.jobId + ": " + item.label() + " not stored", e);
      media.failed(run.jobId, item, "not imported: " + reason(e));
    }
    return Optional.empty();
  }

  private void write(Run run, List<WxrEntry> batch, ImportedImages images) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      run.add(writes.write(run.jobId, run.source, batch, run.context(images)));
    } catch (RuntimeException batchFailed) {
      for (WxrEntry entry : batch) {
        try {
          run.add(writes.write(run.jobId, run.source, List.of(entry), run.context(images)));
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

  private static void deleteUpload(String file) {
    try {
      Files.deleteIfExists(Path.of(file));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not delete the import upload " + file, e);
    }
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) + "…" : s;
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
    final ImportOptions options;
    String source;
    final List<ImportWrites.DeferredParent> deferred = new ArrayList<>();
    final Set<String> seenTerms = new HashSet<>();
    final Map<String, String> categoryPaths = new HashMap<>();

    Run(long jobId, ImportOptions options) {
      this.jobId = jobId;
      this.options = options;
    }

    ImportWrites.RunContext context(ImportedImages images) {
      return new ImportWrites.RunContext(Set.copyOf(seenTerms), categoryPaths, images, options);
    }

    void add(ImportWrites.Outcome outcome) {
      deferred.addAll(outcome.deferred());
      seenTerms.addAll(outcome.seenTerms());
    }
  }
}

package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.UserService;
import org.inkwell.cms.articles.wordpress.ImportOptions;
import org.inkwell.cms.articles.wordpress.ImportReport;
import org.inkwell.cms.articles.wordpress.ImportService;
import org.inkwell.cms.articles.wordpress.ImportUpload;
import org.inkwell.cms.articles.wordpress.wxr.WxrFormatException;
import org.inkwell.cms.articles.wordpress.wxr.WxrReader;
import org.inkwell.cms.articles.wordpress.wxr.WxrScan;
import org.inkwell.cms.articles.wordpress.wxr.WxrSummary;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;

/**
 * Takes WordPress export files: stores each under {@code ${cms.data.dir}/imports/} as it arrives
 * ({@link ImportUploads}), refuses at once what its first bytes show is no WXR file, and hands the
 * rest to the background {@link WordPressImporter}, at once or, from the admin screen, once the
 * admin has seen what the file holds and chosen. Not transactional itself: a large upload must not
 * hold a transaction.
 */
@ApplicationScoped
public class DefaultImportService implements ImportService {

  @Inject ImportJobs jobs;
  @Inject WordPressImporter importer;
  @Inject ImportUploads uploads;
  @Inject UserService users;

  @Override
  public ImportReport start(InputStream wxr, boolean downloadMedia, Actor actor) {
    Permissions.requireAdmin(actor, "import WordPress sites");
    Path file = uploads.receive(wxr);
    try {
      check(file);
      return queue(file, ImportOptions.asInTheFile(downloadMedia), actor);
    } catch (RuntimeException refused) {
      ImportUploads.delete(file);
      throw refused;
    }
  }

  @Override
  public ImportUpload upload(InputStream wxr, Actor actor) {
    Permissions.requireAdmin(actor, "import WordPress sites");
    uploads.sweep();
    String id = uploads.hold(wxr, actor.userId());
    Path file = uploads.held(id, actor.userId()).orElseThrow();
    try {
      WxrSummary summary = scan(file);
      return new ImportUpload(id, requireContent(file), summary);
    } catch (RuntimeException refused) {
      uploads.discard(id, actor.userId());
      throw refused;
    }
  }

  @Override
  public ImportReport start(String upload, ImportOptions options, Actor actor) {
    Permissions.requireAdmin(actor, "import WordPress sites");
    for (Map.Entry<String, Long> chosen : options.authors().entrySet()) {
      try {
        users.find(chosen.getValue(), actor);
      } catch (ContentNotFoundException e) {
        throw new InvalidInputException("authors", "no user " + chosen.getValue() + " for the author " + chosen.getKey());
      }
    }
    Path file = uploads.claim(upload, actor.userId()).orElseThrow(() -> new ContentNotFoundException("upload", upload));
    try {
      return queue(file, options, actor);
    } catch (RuntimeException failed) {
      ImportUploads.delete(file);
      throw failed;
    } finally {
      uploads.sweep();
    }
  }

  @Override
  public void discard(String upload, Actor actor) {
    Permissions.requireAdmin(actor, "import WordPress sites");
    uploads.discard(upload, actor.userId());
  }

  @Override
  public long maxFileBytes() {
    return uploads.maxBytes();
  }

  @Override
  public ImportReport find(long id, Actor actor) {
    Permissions.requireAdmin(actor, "see imports");
    return jobs.find(id).orElseThrow(() -> new ContentNotFoundException("import", id));
  }

  @Override
  public ResultPage<ImportReport> list(PageRequest page, Actor actor) {
    Permissions.requireAdmin(actor, "see imports");
    return jobs.list(page);
  }

  /** The one way an import starts, from the API or the admin screen. */
  private ImportReport queue(Path file, ImportOptions options, Actor actor) {
    ImportReport job = jobs.create(file.toAbsolutePath().toString(), actor.userId());
    importer.submit(job.id(), options);
    return job;
  }

  private static void check(Path file) {
    requireContent(file);
    try (InputStream in = Files.newInputStream(file);
        WxrReader reader = WxrReader.open(in)) {
      // open() reads up to the root element, which says whether this is WXR, and which version
    } catch (WxrFormatException e) {
      throw new InvalidInputException("body", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WxrSummary scan(Path file) {
    requireContent(file);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      return WxrScan.of(in);
    } catch (WxrFormatException e) {
      throw new InvalidInputException("body", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's size, which must not be 0. */
  private static long requireContent(Path file) {
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new InvalidInputException("body", "is empty: send a WordPress export (WXR) file");
      }
      return size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

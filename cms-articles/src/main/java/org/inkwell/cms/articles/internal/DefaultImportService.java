package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.wordpress.ImportReport;
import org.inkwell.cms.articles.wordpress.ImportService;
import org.inkwell.cms.articles.wordpress.wxr.WxrFormatException;
import org.inkwell.cms.articles.wordpress.wxr.WxrReader;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;

/**
 * Takes WordPress export files: stores each under {@code ${cms.data.dir}/imports/} as it arrives,
 * refuses at once what its first bytes show is no WXR file, and hands the rest to the background
 * {@link WordPressImporter}. Not transactional itself: a large upload must not hold a transaction.
 */
@ApplicationScoped
public class DefaultImportService implements ImportService {

  @Inject ImportJobs jobs;
  @Inject WordPressImporter importer;

  @Inject
  @ConfigProperty(name = "cms.data.dir", defaultValue = "./cms-data")
  String dataDir;

  @Override
  public ImportReport start(InputStream wxr, boolean downloadMedia, Actor actor) {
    Permissions.requireAdmin(actor, "import WordPress sites");
    Path file = receive(wxr);
    try {
      check(file);
      ImportReport job = jobs.create(file.toAbsolutePath().toString(), actor.userId());
      importer.submit(job.id(), downloadMedia);
      return job;
    } catch (RuntimeException refused) {
      deleteQuietly(file);
      throw refused;
    }
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

  /** The upload on disk; the request's own size limit stops it while it is read. */
  private Path receive(InputStream wxr) {
    Path file;
    try {
      Path dir = Files.createDirectories(Path.of(dataDir, "imports"));
      file = Files.createTempFile(dir, "upload-", ".wxr.xml");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the upload under " + dataDir, e);
    }
    try (InputStream in = wxr) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException | RuntimeException e) {
      deleteQuietly(file);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new InvalidInputException("body", "the upload broke off before its end");
    }
  }

  private static void check(Path file) {
    try {
      if (Files.size(file) == 0) {
        throw new InvalidInputException("body", "is empty: send a WordPress export (WXR) file");
      }
      try (InputStream in = Files.newInputStream(file);
          WxrReader reader = WxrReader.open(in)) {
        // open() reads up to the root element, which says whether this is WXR, and which version
      }
    } catch (WxrFormatException e) {
      throw new InvalidInputException("body", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a stray upload in the imports folder harms nothing
    }
  }
}

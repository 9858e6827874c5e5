package org.inkwell.cms.articles.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, marks the imports a stopped server left queued or running as failed: nothing runs
 * them any more, and running the same file again completes them (imports are idempotent). Their
 * uploads are deleted: a re-run is a new upload. Uploads the admin never started are deleted once
 * they are older than {@link org.inkwell.cms.articles.wordpress.ImportService#UNSTARTED_KEPT_MINUTES}:
 * looked for at start-up and every ten minutes.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJobRecovery {

  private static final Logger LOG = Logger.getLogger(ImportJobRecovery.class.getName());

  @Inject ImportJobs jobs;
  @Inject ImportUploads uploads;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void deleteUnstartedUploads() {
    uploads.sweep();
  }

  @PostConstruct
  void failInterrupted() {
    uploads.sweep();
    List<String> uploads = jobs.failInterrupted();
    if (!uploads.isEmpty()) {
      LOG.warning(uploads.size() + " import(s) were interrupted by a stop of the server and are marked failed.");
    }
    for (String upload : uploads) {
      try {
        Files.deleteIfExists(Path.of(upload));
      } catch (IOException | RuntimeException e) {
        LOG.warning("Could not delete the import upload " + upload + ": " + e);
      }
    }
  }
}

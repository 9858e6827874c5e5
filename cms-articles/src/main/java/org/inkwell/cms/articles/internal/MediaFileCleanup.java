package org.inkwell.cms.articles.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * Keeps the media files in step with the rows that name them: files of an upload whose row is
 * not committed go, and files of a deleted row go only once the deletion has committed.
 */
@ApplicationScoped
public class MediaFileCleanup {

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject MediaDirectory files;

  /** Deletes these new files if the current transaction rolls back. */
  void deleteUnlessCommitted(List<String> paths) {
    deleteAfterCompletion(false, paths);
  }

  /** Deletes these files once the current transaction has committed. */
  void deleteOnceCommitted(List<String> paths) {
    deleteAfterCompletion(true, paths);
  }

  private void deleteAfterCompletion(boolean ifCommitted, List<String> paths) {
    List<String> doomed = List.copyOf(paths);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == ifCommitted) {
              files.delete(doomed);
            }
          }
        });
  }
}

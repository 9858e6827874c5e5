package org.inkwell.cms.articles.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.inkwell.cms.core.ContentConflictException;

/**
 * Writes a transaction's pending changes before the service returns, so that a concurrent edit
 * of the same version surfaces as a conflict the caller can act on. Broken unique keys surface as
 * database errors, which the problem mapping answers with 409 like any integrity violation.
 */
final class PendingChanges {

  private PendingChanges() {}

  static void write(EntityManager em) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ContentConflictException(
          "concurrent-edit", "Someone else saved this at the same moment; read it again.");
    }
  }
}

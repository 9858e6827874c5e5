package org.inkwell.cms.articles.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires content events once the current transaction has committed, to every observer, so that
 * none of them can see (or act on) a change that is later rolled back.
 */
@ApplicationScoped
public class AfterCommitEvents {

  private static final Logger LOG = Logger.getLogger(AfterCommitEvents.class.getName());

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Event<Object> events;

  public void fire(Object event) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              return;
            }
            try {
              events.fire(event);
            } catch (RuntimeException observerFailure) {
              // The change is committed; a failing observer must not turn it into an error.
              LOG.log(Level.WARNING, "An observer of " + event + " failed", observerFailure);
            }
          }
        });
  }
}

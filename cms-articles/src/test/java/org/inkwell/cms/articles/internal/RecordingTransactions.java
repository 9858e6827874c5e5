package org.inkwell.cms.articles.internal;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/** One transaction's synchronisations, completed by the test with the outcome it chooses. */
final class RecordingTransactions implements TransactionSynchronizationRegistry {

  private final List<Synchronization> synchronizations = new ArrayList<>();
  private boolean rollbackOnly;

  void complete(int status) {
    synchronizations.forEach(Synchronization::beforeCompletion);
    synchronizations.forEach(s -> s.afterCompletion(status));
    synchronizations.clear();
  }

  void commit() {
    complete(Status.STATUS_COMMITTED);
  }

  void rollBack() {
    complete(Status.STATUS_ROLLEDBACK);
  }

  @Override
  public void registerInterposedSynchronization(Synchronization sync) {
    synchronizations.add(sync);
  }

  @Override
  public Object getTransactionKey() {
    return this;
  }

  @Override
  public void putResource(Object key, Object value) {}

  @Override
  public Object getResource(Object key) {
    return null;
  }

  @Override
  public int getTransactionStatus() {
    return Status.STATUS_ACTIVE;
  }

  @Override
  public void setRollbackOnly() {
    rollbackOnly = true;
  }

  @Override
  public boolean getRollbackOnly() {
    return rollbackOnly;
  }
}

package org.inkwell.cms.articles.internal;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One transaction's synchronisations, completed by the test with the outcome it chooses. */
final class RecordingTransactions implements TransactionSynchronizationRegistry {

  private final List<Synchronization> synchronizations = new ArrayList<>();
  private final Map<Object, Object> resources = new HashMap<>();
  private boolean rollbackOnly;

  void complete(int status) {
    synchronizations.forEach(Synchronization::beforeCompletion);
    synchronizations.forEach(s -> s.afterCompletion(status));
    synchronizations.clear();
    resources.clear();
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
  public void putResource(Object key, Object value) {
    resources.put(key, value);
  }

  @Override
  public Object getResource(Object key) {
    return resources.get(key);
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

package org.inkwell.cms.articles.internal;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Previews of articles and pages: the editor's changes are made in the transaction, read, and
 * rolled back, so that what is shown is exactly what a save would store, and nothing is stored.
 */
final class UnsavedChanges {

  private UnsavedChanges() {}

  /**
   * @param content the stored content, or new content not saved yet
   * @param changes applies the editor's input to it
   * @param view reads what is shown, inside the transaction
   */
  static <C extends Content, D> D preview(
      C content,
      Consumer<C> changes,
      Function<C, D> view,
      ArticleRepository contents,
      TransactionSynchronizationRegistry transaction) {
    boolean unsaved = content.getId() == null;
    changes.accept(content);
    if (unsaved) {
      contents.save(content); // for an id and dates; rolled back below
      contents.flush();
    }
    D shown = view.apply(content);
    transaction.setRollbackOnly();
    return shown;
  }
}

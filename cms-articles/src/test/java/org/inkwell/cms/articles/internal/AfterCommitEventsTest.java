package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.transaction.Status;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.inkwell.cms.articles.journal.ChangesCommitted;
import org.inkwell.cms.core.event.MenuChanged;
import org.inkwell.cms.core.event.SiteSettingsChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AfterCommitEventsTest {

  private final RecordingTransactions transaction = new RecordingTransactions();
  private final RecordingEvent observers = new RecordingEvent();
  private final AfterCommitEvents events = new AfterCommitEvents();

  private final List<Object> journal = new ArrayList<>();
  private boolean journalFails;

  private static final MenuChanged PUBLISHED = new MenuChanged("header");
  private static final MenuChanged UNPUBLISHED = new MenuChanged("footer");
  private static final SiteSettingsChanged TRASHED = new SiteSettingsChanged();

  @BeforeEach
  void wire() {
    events.transactions = transaction;
    events.events = observers;
    events.journal = new ChangeJournal() {
      @Override
      long append(List<Object> events) {
        if (journalFails) {
          throw new IllegalStateException("database gone");
        }
        journal.addAll(events);
        return journal.size();
      }
    };
  }

  @Test
  void observersHearNothingUntilTheTransactionCommits() {
    events.fire(PUBLISHED);
    assertThat(observers.fired).isEmpty();
    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(observers.fired).containsExactly(PUBLISHED, new ChangesCommitted(1));
  }

  @Test
  void aRolledBackChangeIsNeverAnnounced() {
    events.fire(PUBLISHED);
    transaction.complete(Status.STATUS_ROLLEDBACK);
    assertThat(observers.fired).isEmpty();
  }

  @Test
  void eventsArriveInTheOrderTheyWereFired() {
    events.fire(UNPUBLISHED);
    events.fire(TRASHED);
    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(observers.fired).containsExactly(UNPUBLISHED, TRASHED, new ChangesCommitted(2));
  }

  @Test
  void everyEventIsInTheJournalOfItsOwnTransactionWrittenAsItCommits() {
    events.fire(UNPUBLISHED);
    events.fire(TRASHED);
    assertThat(journal).as("ids are taken at commit, in commit order").isEmpty();
    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(journal).containsExactly(UNPUBLISHED, TRASHED);
    events.fire(PUBLISHED);
    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(observers.fired).containsExactly(UNPUBLISHED, TRASHED, new ChangesCommitted(2), PUBLISHED, new ChangesCommitted(3));
  }

  @Test
  void aChangeWhoseJournalRowsCannotBeWrittenDoesNotCommitAndIsNotAnnounced() {
    journalFails = true;
    events.fire(PUBLISHED);
    assertThatThrownBy(transaction::commit).isInstanceOf(IllegalStateException.class);
    assertThat(observers.fired).isEmpty();
  }

  @Test
  void aFailingObserverDoesNotTurnACommittedChangeIntoAnError() {
    observers.failWith = new IllegalStateException("plugin bug");
    events.fire(PUBLISHED);
    assertThatCode(() -> transaction.complete(Status.STATUS_COMMITTED)).doesNotThrowAnyException();
  }

  private static final class RecordingEvent implements Event<Object> {
    final List<Object> fired = new ArrayList<>();
    RuntimeException failWith;

    @Override
    public void fire(Object event) {
      if (failWith != null) {
        throw failWith;
      }
      fired.add(event);
    }

    @Override
    public <U> CompletionStage<U> fireAsync(U event) {
      throw new AssertionError("not used");
    }

    @Override
    public <U> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new AssertionError("not used");
    }

    @Override
    public Event<Object> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("not used");
    }

    @Override
    public <U> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("not used");
    }
  }
}

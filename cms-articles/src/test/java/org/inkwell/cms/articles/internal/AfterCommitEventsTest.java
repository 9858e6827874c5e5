package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.transaction.Status;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AfterCommitEventsTest {

  private final RecordingTransactions transaction = new RecordingTransactions();
  private final RecordingEvent observers = new RecordingEvent();
  private final AfterCommitEvents events = new AfterCommitEvents();

  @BeforeEach
  void wire() {
    events.transactions = transaction;
    events.events = observers;
  }

  @Test
  void observersHearNothingUntilTheTransactionCommits() {
    events.fire("published");
    assertThat(observers.fired).isEmpty();
    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(observers.fired).containsExactly("published");
  }

  @Test
  void aRolledBackChangeIsNeverAnnounced() {
    events.fire("published");
    transaction.complete(Status.STATUS_ROLLEDBACK);
    assertThat(observers.fired).isEmpty();
  }

  @Test
  void eventsArriveInTheOrderTheyWereFired() {
    events.fire("unpublished");
    events.fire("trashed");
    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(observers.fired).containsExactly("unpublished", "trashed");
  }

  @Test
  void aFailingObserverDoesNotTurnACommittedChangeIntoAnError() {
    observers.failWith = new IllegalStateException("plugin bug");
    events.fire("updated");
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

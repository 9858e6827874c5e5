package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.core.event.ContentStoreReady;
import org.inkwell.cms.core.event.MenuChanged;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The change journal on both databases: what another node's follower reads of it, however long
 * the writing transactions take to commit.
 */
class ChangeJournalIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  @Timeout(120)
  void aTransactionThatCommitsLateIsAppliedAndNoLaterRowOvertakesIt(String kind) throws Exception {
    try (TestDatabase db = database(kind)) {
      Follower other = new Follower(db);
      EntityManager slow = db.entityManager();
      try {
        slow.getTransaction().begin();
        long slowRow = journal(slow).append(List.of(new MenuChanged("header")));

        CompletableFuture<Long> quick = CompletableFuture.supplyAsync(() -> {
          EntityManager em = db.entityManager();
          try {
            em.getTransaction().begin();
            long row = journal(em).append(List.of(new MenuChanged("footer")));
            em.getTransaction().commit();
            return row;
          } finally {
            em.close();
          }
        });
        await(() -> quick.isDone() || waitsForALock(db, kind));
        other.catchUp();
        assertThat(other.fired).as("nothing is visible while the earlier transaction runs").isEmpty();

        slow.getTransaction().commit();
        assertThat(quick.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isGreaterThan(slowRow);
      } finally {
        // A failed check must not leave the transaction open: dropping the schema would wait for it.
        if (slow.getTransaction().isActive()) {
          slow.getTransaction().rollback();
        }
        slow.close();
      }
      other.catchUp();
      assertThat(other.fired).containsExactly(new MenuChanged("header"), new MenuChanged("footer"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void pruningKeepsTheNewestRowSoAReaderKnowsWhetherTheJournalStillReachesBack(String kind) throws Exception {
    try (TestDatabase db = database(kind)) {
      long first = append(db, new MenuChanged("header"));
      long second = append(db, new ArticleViewsChanged("category fitness renamed"));
      long third = append(db, new MenuChanged("footer"));
      EntityManager em = db.entityManager();
      ChangeJournal reader = journal(em);
      assertThat(reader.reachesBackTo(first - 1)).isTrue();
      assertThat(reader.hasAfter(first, ArticleViewsChanged.class)).isTrue();
      assertThat(reader.hasAfter(second, ArticleViewsChanged.class)).isFalse();

      db.run(tx -> journal(tx).entityManager.createNamedQuery(ChangeRecord.PRUNE)
          .setParameter("before", Instant.now().plusSeconds(60)).executeUpdate());
      em.clear();
      assertThat(reader.newest()).as("the newest row stays").isEqualTo(third);
      assertThat(reader.reachesBackTo(first)).as("second is gone").isFalse();
      assertThat(reader.reachesBackTo(second)).isTrue();
      assertThat(reader.reachesBackTo(third)).isTrue();
      em.close();
    }
  }

  private static long append(TestDatabase db, Object event) {
    return db.inTransaction(em -> journal(em).append(List.of(event)));
  }

  private static TestDatabase database(String kind) throws Exception {
    if (kind.equals("postgres")) {
      assumeTrue(TestDatabase.postgresAnswers(), "no PostgreSQL at " + TestDatabase.PG_URL);
      return TestDatabase.postgres().migrate();
    }
    return TestDatabase.h2().migrate();
  }

  private static ChangeJournal journal(EntityManager em) {
    ChangeJournal journal = new ChangeJournal();
    journal.entityManager = em;
    return journal;
  }

  /** Whether another session of this test waits for a lock (the journal's, the only one taken). */
  private static boolean waitsForALock(TestDatabase db, String kind) {
    String sql = kind.equals("postgres")
        ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%cms_change_order%'"
        : "select count(*) from information_schema.sessions where blocker_id is not null";
    EntityManager em = db.entityManager();
    try {
      return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue() > 0;
    } finally {
      em.close();
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** Another node's follower, started before any row was written. */
  private static final class Follower {
    final List<Object> fired = new ArrayList<>();
    private final JournalFollower follower = new JournalFollower();

    Follower(TestDatabase db) {
      follower.journal = journal(db.entityManager());
      follower.events = new Recording(fired);
      follower.start(new ContentStoreReady(Instant.now(), false));
    }

    void catchUp() {
      follower.journal.entityManager.clear();
      follower.catchUp();
    }
  }

  private record Recording(List<Object> fired) implements Event<Object> {
    @Override
    public void fire(Object event) {
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

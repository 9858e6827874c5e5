package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.ds.PGSimpleDataSource;

/** The start-up lock on PostgreSQL, held by a session that never lets go. */
class StartupLockIT {

  /** A key of this test's own, so that no node starting on the same server is disturbed. */
  private static final long KEY = 0x5374617274557054L;

  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

  @BeforeEach
  void postgres() {
    assumeTrue(TestDatabase.postgresAnswers(), "no PostgreSQL at " + TestDatabase.PG_URL);
    dataSource.setURL(TestDatabase.PG_URL);
    dataSource.setUser(TestDatabase.PG_USER);
  }

  @Test
  @Timeout(60)
  void aNodeGivesUpWaitingForALockHeldTooLongAndSaysWhoHoldsIt() throws Exception {
    try (Connection stuck = DriverManager.getConnection(TestDatabase.PG_URL, TestDatabase.PG_USER, "")) {
      lock(stuck);
      int pid = pid(stuck);
      assertThatThrownBy(() -> StartupLock.take(dataSource, KEY, Duration.ofMillis(500)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("start-up lock")
          .hasMessageContaining("pid " + pid);
    }
    try (StartupLock once = StartupLock.take(dataSource, KEY, Duration.ofMillis(500))) {
      assertThat(once).as("free once the session that held it is gone").isNotNull();
    }
  }

  private static void lock(Connection connection) throws Exception {
    try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
      statement.setLong(1, KEY);
      statement.execute();
    }
  }

  private static int pid(Connection connection) throws Exception {
    try (var result = connection.createStatement().executeQuery("select pg_backend_pid()")) {
      result.next();
      return result.getInt(1);
    }
  }
}

package org.inkwell.cms.articles.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets one node at a time through start-up work that must happen once in a cluster, such as
 * filling an empty database: PostgreSQL's advisory lock, held on a connection of its own until
 * closed. A node waits for it at most a given time, then fails its start-up saying which database
 * session holds it (a node stuck in its own start-up, or a session someone left open), rather than
 * hanging without a word. An embedded H2 database belongs to one process, which needs no lock.
 */
final class StartupLock implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

  /** Which start-up work; any number, the same on every node. */
  static final long INITIAL_CONTENT = 0x496e6b77656c6cL;

  /** Far longer than another node takes to fill an empty database on a busy machine. */
  static final Duration PATIENCE = Duration.ofMinutes(5);

  private static final long RETRY_MILLIS = 200;

  private final Connection connection;
  private final long key;

  private StartupLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  /** @throws IllegalStateException if another session holds the lock longer than {@code patience} */
  static StartupLock take(DataSource dataSource, long key, Duration patience) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (isPostgres(connection)) {
        awaitLock(connection, key, patience);
        return new StartupLock(connection, key);
      }
      connection.close();
      return new StartupLock(null, key);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static void awaitLock(Connection connection, long key, Duration patience) throws SQLException {
    long deadline = System.nanoTime() + patience.toNanos();
    boolean told = false;
    while (!tryLock(connection, key)) {
      String holder = holder(connection, key);
      if (System.nanoTime() - deadline >= 0) {
        String message = "Gave up waiting " + patience.toSeconds() + " s for the start-up lock in the database, held by "
            + holder + ": another node should have finished filling the database by now. If no other node is"
            + " starting, end that session (select pg_terminate_backend(<pid>)) and start this node again.";
        LOG.severe(message);
        throw new IllegalStateException(message);
      }
      if (!told) {
        LOG.info("Waiting (at most " + patience.toSeconds() + " s) for another node to finish its start-up work: the"
            + " start-up lock is held by " + holder);
        told = true;
      }
      try {
        Thread.sleep(RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
      }
    }
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      statement.setLong(1, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  /** Which session holds the lock, for the log: its process id, address and application name. */
  private static String holder(Connection connection, long key) throws SQLException {
    // A bigint key is kept as two halves, classid (high) and objid (low), with objsubid 1.
    String sql = "select a.pid, a.client_addr, a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid"
        + " where l.locktype = 'advisory' and l.granted and l.objsubid = 1"
        + " and l.classid::bigint = ? and l.objid::bigint = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key >>> 32);
      statement.setLong(2, key & 0xffffffffL);
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          return "a session that has just released it";
        }
        return "PostgreSQL session pid " + result.getInt(1) + " (client " + result.getString(2) + ", application '"
            + result.getString(3) + "')";
      }
    }
  }

  @Override
  public void close() throws SQLException {
    if (connection == null) {
      return;
    }
    try (connection) {
      try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
        statement.setLong(1, key);
        statement.execute();
      }
    }
  }

  private static boolean isPostgres(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }
}

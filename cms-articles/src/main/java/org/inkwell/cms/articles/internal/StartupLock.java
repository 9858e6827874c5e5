package org.inkwell.cms.articles.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Lets one node at a time through start-up work that must happen once in a cluster, such as
 * filling an empty database: PostgreSQL's advisory lock, held on a connection of its own until
 * closed. An embedded H2 database belongs to one process, which needs no lock.
 */
final class StartupLock implements AutoCloseable {

  /** Which start-up work; any number, the same on every node. */
  static final long INITIAL_CONTENT = 0x496e6b77656c6cL;

  private final Connection connection;
  private final long key;

  private StartupLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static StartupLock take(DataSource dataSource, long key) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (isPostgres(connection)) {
        call(connection, "select pg_advisory_lock(?)", key);
        return new StartupLock(connection, key);
      }
      connection.close();
      return new StartupLock(null, key);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void close() throws SQLException {
    if (connection == null) {
      return;
    }
    try (connection) {
      call(connection, "select pg_advisory_unlock(?)", key);
    }
  }

  private static boolean isPostgres(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }

  private static void call(Connection connection, String sql, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      statement.execute();
    }
  }
}

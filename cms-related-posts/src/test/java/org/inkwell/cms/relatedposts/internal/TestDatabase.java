package org.inkwell.cms.relatedposts.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.TestInfo;

/** A private, migrated in-memory H2 database per test, named after the test. */
final class TestDatabase {

  private TestDatabase() {}

  static JdbcDataSource migrated(TestInfo test) {
    String name = test.getTestClass().orElseThrow().getSimpleName() + "_" + test.getTestMethod().orElseThrow().getName();
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    RelatedSchema.migrate(dataSource);
    return dataSource;
  }

  static void drop(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("shutdown");
    }
  }
}

package org.inkwell.cms.articles.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for one test class: an H2 file under {@code target/}, or a new schema
 * in the local PostgreSQL ({@code 127.0.0.1:5432}, database {@code test}), dropped afterwards.
 */
final class TestDatabase implements AutoCloseable {

  static final String PG_HOST = System.getProperty("cms.test.pg.host", "127.0.0.1");
  static final String PG_URL = "jdbc:postgresql://" + PG_HOST + ":5432/test";
  static final String PG_USER = System.getProperty("cms.test.pg.user", "postgres");

  /** Work to do once the database is no longer needed. */
  interface Cleanup {
    void run() throws SQLException;
  }

  private final String url;
  private final String user;
  private final DataSource dataSource;
  private final Cleanup cleanup;
  private EntityManagerFactory factory;

  private TestDatabase(String url, String user, DataSource dataSource, Cleanup cleanup) {
    this.url = url;
    this.user = user;
    this.dataSource = dataSource;
    this.cleanup = cleanup;
  }

  TestDatabase migrate() {
    SchemaMigrator.flyway(dataSource).migrate();
    factory =
        Persistence.createEntityManagerFactory(
            "cms-se",
            Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", ""));
    return this;
  }

  /** Runs {@code work} in one transaction, committed unless it marked it rollback-only, and returns its result. */
  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      if (em.getTransaction().getRollbackOnly()) {
        em.getTransaction().rollback();
      } else {
        em.getTransaction().commit();
      }
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  EntityManager entityManager() {
    return factory.createEntityManager();
  }

  /** Counts of what Hibernate did; off until a test turns them on. */
  Statistics statistics() {
    return factory.unwrap(SessionFactory.class).getStatistics();
  }

  @Override
  public void close() throws SQLException {
    if (factory != null) {
      factory.close();
    }
    cleanup.run();
  }

  static TestDatabase h2() {
    Path file = Path.of("target", "it-data", "h2-" + UUID.randomUUID(), "cms").toAbsolutePath();
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + file);
    ds.setUser("sa");
    return new TestDatabase(ds.getURL(), "sa", ds, () -> {});
  }

  /** A new schema in the local PostgreSQL, dropped on close. */
  static TestDatabase postgres() throws SQLException {
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("create schema " + schema);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(PG_URL + "?currentSchema=" + schema);
    ds.setUser(PG_USER);
    return new TestDatabase(ds.getURL(), PG_USER, ds, () -> execute("drop schema " + schema + " cascade"));
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
      c.createStatement().execute(sql);
    }
  }

  static boolean postgresAnswers() {
    try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      System.err.println(
          "PostgreSQL persistence tests SKIPPED: no PostgreSQL answers at " + PG_URL + " as " + PG_USER + " (" + e.getMessage() + ")");
      return false;
    }
  }
}

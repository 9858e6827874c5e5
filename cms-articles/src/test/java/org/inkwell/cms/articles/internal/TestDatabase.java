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
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for one test class: an H2 file under {@code target/}, or a new schema
 * in the local PostgreSQL ({@code 127.0.0.1:5432}, database {@code test}), dropped afterwards.
 */
abstract class TestDatabase implements AutoCloseable {

  static final String PG_HOST = System.getProperty("cms.test.pg.host", "127.0.0.1");
  static final String PG_URL = "jdbc:postgresql://" + PG_HOST + ":5432/test";
  static final String PG_USER = System.getProperty("cms.test.pg.user", "postgres");

  private EntityManagerFactory factory;

  abstract String url();

  abstract String user();

  abstract javax.sql.DataSource dataSource();

  TestDatabase migrate() {
    SchemaMigrator.flyway(dataSource()).migrate();
    factory =
        Persistence.createEntityManagerFactory(
            "cms-se",
            Map.of(
                "jakarta.persistence.jdbc.url", url(),
                "jakarta.persistence.jdbc.user", user(),
                "jakarta.persistence.jdbc.password", ""));
    return this;
  }

  /** Runs {@code work} in one committed transaction and returns its result. */
  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
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

  @Override
  public void close() throws Exception {
    if (factory != null) {
      factory.close();
    }
  }

  static TestDatabase h2() {
    Path file = Path.of("target", "it-data", "h2-" + UUID.randomUUID(), "cms").toAbsolutePath();
    String url = "jdbc:h2:file:" + file;
    return new TestDatabase() {
      @Override
      String url() {
        return url;
      }

      @Override
      String user() {
        return "sa";
      }

      @Override
      javax.sql.DataSource dataSource() {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return ds;
      }
    };
  }

  /** A new schema in the local PostgreSQL, or an exception when none answers. */
  static TestDatabase postgres() throws SQLException {
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
      c.createStatement().execute("create schema " + schema);
    }
    String url = PG_URL + "?currentSchema=" + schema;
    return new TestDatabase() {
      @Override
      String url() {
        return url;
      }

      @Override
      String user() {
        return PG_USER;
      }

      @Override
      javax.sql.DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(PG_USER);
        return ds;
      }

      @Override
      public void close() throws Exception {
        super.close();
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
          c.createStatement().execute("drop schema " + schema + " cascade");
        }
      }
    };
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

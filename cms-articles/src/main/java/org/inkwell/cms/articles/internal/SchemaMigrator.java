package org.inkwell.cms.articles.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.inkwell.cms.core.spi.SharedDatabase;

/**
 * Brings the schema up to date before anything else touches the database. An EJB start-up
 * singleton because it must run after JNDI is ready (a CDI start-up observer runs too early).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = SharedDatabase.JNDI_NAME)
  private DataSource dataSource;

  private Flyway flyway;

  @PostConstruct
  void migrate() {
    flyway = flyway(dataSource);
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info("Database schema is current (" + applied + " migrations applied now).");
  }

  /** How many migrations are known but not applied; 0 when the schema is current. */
  public int pendingMigrations() {
    return flyway.info().pending().length;
  }

  static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration/articles")
        .table("cms_articles_schema_history")
        .load();
  }
}

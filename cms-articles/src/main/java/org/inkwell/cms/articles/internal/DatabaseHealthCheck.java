package org.inkwell.cms.articles.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.inkwell.cms.core.spi.SharedDatabase;

/** Ready when the database answers and every migration of this module has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

  @Resource(lookup = SharedDatabase.JNDI_NAME)
  private DataSource dataSource;

  @Inject private SchemaMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    boolean reachable;
    String product;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      // The reason is for the operator's log; anyone may read /health.
      LOG.log(Level.WARNING, "Health check: the database does not answer", e);
      return HealthCheckResponse.named("database").down().build();
    }
    int pending = migrator.pendingMigrations();
    return HealthCheckResponse.named("database")
        .status(reachable && pending == 0)
        .withData("product", product)
        .withData("pendingMigrations", pending)
        .build();
  }
}

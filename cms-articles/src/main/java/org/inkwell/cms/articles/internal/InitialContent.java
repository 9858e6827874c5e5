package org.inkwell.cms.articles.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.articles.UserInput;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.event.ContentStoreReady;
import org.inkwell.cms.core.spi.SharedDatabase;

/**
 * On an empty database: creates the first administrator (from {@code CMS_ADMIN_USER} /
 * {@code CMS_ADMIN_PASSWORD}, or with a generated password printed once in the log) and, unless
 * {@code CMS_DEMO_CONTENT=false}, the demo site; then tells plugins the content store is ready.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InitialContent {

  private static final Logger LOG = Logger.getLogger(InitialContent.class.getName());
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject
  @ConfigProperty(name = "cms.admin.user", defaultValue = "admin")
  String adminLogin;

  @Inject
  @ConfigProperty(name = "cms.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "cms.demo.content", defaultValue = "true")
  boolean demoContent;

  @Resource(lookup = SharedDatabase.JNDI_NAME)
  DataSource dataSource;

  @Inject DefaultUserService users;
  @Inject DemoContent demo;
  @Inject Event<ContentStoreReady> ready;

  // Said again on the callback: a class-level attribute does not reach a singleton's start-up
  // callback here, which then ran in one transaction whose events fired after the ready event.
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void create() {
    // Nodes of a cluster starting together on an empty database: one fills it, the others wait.
    boolean loadDemo;
    try (StartupLock once = StartupLock.take(dataSource, StartupLock.INITIAL_CONTENT, StartupLock.PATIENCE)) {
      if (users.hasNoUsers()) {
        createFirstAdministrator();
      }
      loadDemo = demoContent && demo.isNeeded();
      if (loadDemo) {
        demo.load();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the start-up lock in the database", e);
    }
    ready.fire(new ContentStoreReady(Instant.now(), loadDemo));
  }

  private void createFirstAdministrator() {
    String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(InitialContent::generatePassword);
    try {
      users.createUser(new UserInput(adminLogin, "Administrator", null, Role.ADMIN, true, password));
    } catch (InvalidInputException e) {
      // Stops the deployment with a message an administrator can act on.
      throw new IllegalStateException(
          "Cannot create the first administrator from CMS_ADMIN_USER/CMS_ADMIN_PASSWORD: " + e.getMessage(), e);
    }
    if (adminPassword.filter(p -> !p.isBlank()).isPresent()) {
      LOG.info("Created the first administrator '" + adminLogin + "' with the configured password.");
    } else {
      LOG.warning(
          "Created the first administrator '"
              + adminLogin
              + "' with the one-time password "
              + password
              + " (shown only now; set CMS_ADMIN_PASSWORD to choose one, and change it after signing in).");
    }
  }

  static String generatePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}

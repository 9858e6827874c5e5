package org.inkwell.cms.web.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Opens connections to the database the configuration names: {@code cms.db.url} (env {@code
 * CMS_DB_URL}) with {@code cms.db.user} / {@code cms.db.password}, or by default an H2 file under
 * {@code cms.data.dir} (env {@code CMS_DATA_DIR}, default {@code ./cms-data}). The JDBC driver is
 * found among those the application ships or the server provides.
 */
public class ConfiguredDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

  private volatile Target target;
  private PrintWriter logWriter;
  private int loginTimeout;

  @Override
  public Connection getConnection() throws SQLException {
    Target t = target();
    Connection connection = t.driver().connect(t.url(), t.properties());
    if (connection == null) {
      throw new SQLException("The JDBC driver refused the URL " + t.safeUrl());
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  private Target target() throws SQLException {
    Target t = target;
    if (t == null) {
      synchronized (this) {
        if (target == null) {
          target = resolve(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
          LOG.info("Database: " + target.safeUrl());
        }
        t = target;
      }
    }
    return t;
  }

  static Target resolve(Config config) throws SQLException {
    Optional<String> configured = config.getOptionalValue("cms.db.url", String.class).filter(s -> !s.isBlank());
    Properties properties = new Properties();
    String url;
    if (configured.isPresent()) {
      url = configured.get();
      config.getOptionalValue("cms.db.user", String.class).ifPresent(u -> properties.setProperty("user", u));
      config.getOptionalValue("cms.db.password", String.class).ifPresent(p -> properties.setProperty("password", p));
    } else {
      url = embeddedUrl(Path.of(config.getOptionalValue("cms.data.dir", String.class).orElse("./cms-data")));
      properties.setProperty("user", "sa");
      properties.setProperty("password", "");
    }
    return new Target(url, properties, driverFor(url));
  }

  /** The H2 database in this data directory. */
  static String embeddedUrl(Path dataDir) {
    // H2 parses every statement anew beyond its small per-connection cache; ours is bounded.
    // WRITE_DELAY=0: the store writes each commit to its file before the commit returns (the
    // default writes in the background after 500 ms, so a killed server lost answered writes).
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("db").resolve("cms")
        + ";QUERY_CACHE_SIZE=256;WRITE_DELAY=0";
  }

  private static Driver driverFor(String url) throws SQLException {
    for (Driver driver : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
      if (driver.acceptsURL(url)) {
        return driver;
      }
    }
    throw new SQLException("No JDBC driver for " + url.replaceAll("password=[^;&]*", "password=***"));
  }

  record Target(String url, Properties properties, Driver driver) {
    String safeUrl() {
      return url.replaceAll("password=[^;&]*", "password=***");
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return LOG;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}

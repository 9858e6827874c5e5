package org.inkwell.cms.core.spi;

/**
 * The site's database, for plugins that keep data of their own.
 *
 * <p>How to use: look the data source up by {@link #JNDI_NAME}; keep your own tables (prefixed
 * with the plugin's name) and your own migration history table; never read or write another
 * module's tables: articles are reached through {@link ArticleCatalog}.
 *
 * @since 0.2
 */
public final class SharedDatabase {

  public static final String JNDI_NAME = "java:app/jdbc/cms";

  private SharedDatabase() {}
}

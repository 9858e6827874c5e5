package org.inkwell.cms.relatedposts.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The plugin's own tables, migrated with their own history beside the site's other tables. */
final class RelatedSchema {

  private RelatedSchema() {}

  static void migrate(DataSource dataSource) {
    Flyway.configure(RelatedSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration/related")
        .table("cms_related_schema_history")
        // The schema already holds the articles' tables: start this history from nothing.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}

package org.inkwell.cms.web.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import org.inkwell.cms.core.spi.SharedDatabase;

/**
 * Declares {@code java:app/jdbc/cms}. The server pools connections; which database they reach is
 * decided by {@link ConfiguredDataSource} from the configuration, so that one WAR serves every
 * deployment.
 */
@DataSourceDefinition(
    name = SharedDatabase.JNDI_NAME,
    className = "org.inkwell.cms.web.persistence.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    initialPoolSize = 2,
    maxIdleTime = 300,
    properties = {
      // Matching pooled connections to the caller's credentials serialises every allocation on
      // one lock; all connections here are alike, so there is nothing to match.
      "fish.payara.match-connections=false",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.validate-atmost-once-period-in-seconds=30"
    })
public class CmsDataSourceDefinition {}

package org.inkwell.cms.articles.internal;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.articles.ArticleService;

/**
 * Publishes scheduled articles when their time comes. The schedule lives in the database, so
 * articles whose time passed while the server was down are published at the first run after start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledPublisher {

  private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

  @Inject private ArticleService articles;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void publishDue() {
    try {
      int published = articles.publishDueArticles();
      if (published > 0) {
        LOG.info("Published " + published + " scheduled article(s).");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled publishing failed; retrying at the next run", e);
    }
  }
}

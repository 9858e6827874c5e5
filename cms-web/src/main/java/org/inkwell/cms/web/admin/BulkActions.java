package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.CmsException;

/**
 * Publish, unpublish, trash or restore several articles at once. Each article is its own change:
 * one the user may not touch is reported by title and the others still go through.
 */
@RequestScoped
public class BulkActions {

  enum Action { PUBLISH, UNPUBLISH, TRASH, RESTORE }

  @Inject ArticleService articles;
  @Inject SignedInUser me;

  void apply(List<ArticleDetails> selected, Action action) {
    if (selected.isEmpty()) {
      Notices.error("articles.bulk.noneSelected");
      return;
    }
    int done = 0;
    List<String> refused = new ArrayList<>();
    for (ArticleDetails article : selected) {
      try {
        applyTo(article, action);
        done++;
      } catch (CmsException e) {
        refused.add("“" + article.title() + "”: " + e.getMessage());
      }
    }
    if (done > 0) {
      Notices.success("articles.bulk." + action.name().toLowerCase(java.util.Locale.ROOT), done);
    }
    refused.forEach(reason -> Notices.error("articles.bulk.refused", reason));
  }

  private void applyTo(ArticleDetails article, Action action) {
    switch (action) {
      case TRASH -> articles.trash(article.id(), null, me.actor());
      case PUBLISH -> setStatus(article, ArticleStatus.PUBLISHED);
      case UNPUBLISH, RESTORE -> setStatus(article, ArticleStatus.DRAFT);
      default -> throw new IllegalArgumentException(action.name());
    }
  }

  /** Reads the article again so that a change made since the list was shown is not refused. */
  private void setStatus(ArticleDetails article, ArticleStatus status) {
    ArticleDetails current = articles.find(article.id(), me.actor());
    ArticleInput input = new ArticleInput(null, null, null, null, status, null, null, null, null, null, null, null, null);
    articles.update(current.id(), input, current.version(), true, me.actor());
  }
}

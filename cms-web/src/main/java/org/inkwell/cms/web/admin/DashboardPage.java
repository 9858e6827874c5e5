package org.inkwell.cms.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.PageRequest;

/** What needs attention: counts by status, my drafts, articles waiting for review, what is next. */
@Named
@RequestScoped
public class DashboardPage {

  private static final PageRequest SHORT_LIST = new PageRequest(1, 5);

  @Inject ArticleService articles;
  @Inject SignedInUser me;

  private Map<ArticleStatus, Long> counts;

  @PostConstruct
  void load() {
    counts = new EnumMap<>(articles.countByStatus(me.actor()));
  }

  public long count(String status) {
    return counts.getOrDefault(ArticleStatus.valueOf(status), 0L);
  }

  public List<ArticleDetails> getMyDrafts() {
    return list(new ArticleQuery(Set.of(ArticleStatus.DRAFT), null, null, me.getLogin(), null, null));
  }

  public List<ArticleDetails> getPending() {
    return list(new ArticleQuery(Set.of(ArticleStatus.PENDING), null, null, null, null, null));
  }

  public List<ArticleDetails> getScheduled() {
    return list(new ArticleQuery(Set.of(ArticleStatus.SCHEDULED), null, null, null, null, null));
  }

  public List<ArticleDetails> getRecentlyPublished() {
    return list(ArticleQuery.published());
  }

  private List<ArticleDetails> list(ArticleQuery query) {
    return articles.list(query, SHORT_LIST, me.actor()).items();
  }
}

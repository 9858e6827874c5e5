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
  private List<ArticleDetails> myDrafts;
  private List<ArticleDetails> pending;
  private List<ArticleDetails> scheduled;
  private List<ArticleDetails> recentlyPublished;

  /** Once per request: the page reads each list several times (emptiness, then the rows). */
  @PostConstruct
  void load() {
    counts = new EnumMap<>(articles.countByStatus(me.actor()));
    myDrafts = list(new ArticleQuery(Set.of(ArticleStatus.DRAFT), null, null, me.getLogin(), null, null));
    pending = list(new ArticleQuery(Set.of(ArticleStatus.PENDING), null, null, null, null, null));
    scheduled = list(new ArticleQuery(Set.of(ArticleStatus.SCHEDULED), null, null, null, null, null));
    recentlyPublished = list(ArticleQuery.published());
  }

  public long count(String status) {
    return counts.getOrDefault(ArticleStatus.valueOf(status), 0L);
  }

  public List<ArticleDetails> getMyDrafts() {
    return myDrafts;
  }

  public List<ArticleDetails> getPending() {
    return pending;
  }

  public List<ArticleDetails> getScheduled() {
    return scheduled;
  }

  public List<ArticleDetails> getRecentlyPublished() {
    return recentlyPublished;
  }

  private List<ArticleDetails> list(ArticleQuery query) {
    return articles.list(query, SHORT_LIST, me.actor()).items();
  }
}

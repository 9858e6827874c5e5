package org.inkwell.cms.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.RevisionDetails;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.StaleVersionException;

/**
 * An article's revisions, newest first: each compared with the content that replaced it, and
 * restorable (the restore is itself a new revision).
 */
@Named
@ViewScoped
public class RevisionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ArticleService articles;
  @Inject SignedInUser me;

  private Long id;
  private ArticleDetails article;
  private List<RevisionDetails> revisions = List.of();
  private Integer selected;
  private final PerRequest<RevisionComparison> comparison = new PerRequest<>();

  public void load() {
    comparison.forget();
    try {
      article = articles.find(id, me.actor());
      revisions = articles.revisions(id, me.actor()).stream()
          .sorted((a, b) -> Integer.compare(b.number(), a.number()))
          .toList();
      if (selected == null && !revisions.isEmpty()) {
        selected = revisions.get(0).number();
      }
    } catch (ContentNotFoundException e) {
      Notices.error("editor.notFound");
    } catch (AccessDeniedException e) {
      Notices.error("editor.notYours");
    }
  }

  /** The chosen revision against what came after it: the next revision, or the current article. */
  public RevisionComparison getComparison() {
    return comparison.get(this::compareChosen);
  }

  private RevisionComparison compareChosen() {
    RevisionDetails chosen = chosen();
    if (chosen == null) {
      return null;
    }
    RevisionDetails next = revisions.stream().filter(r -> r.number() == chosen.number() + 1).findFirst().orElse(null);
    ArticleVersion newer = next == null
        ? new ArticleVersion(article.title(), article.body())
        : new ArticleVersion(next.title(), next.body());
    return RevisionDiff.compare(new ArticleVersion(chosen.title(), chosen.body()), newer);
  }

  public void restore() {
    RevisionDetails chosen = chosen();
    try {
      article = articles.restoreRevision(id, chosen.number(), article.version(), me.actor());
      Notices.success("revisions.restored", chosen.number());
      selected = null;
      load();
    } catch (StaleVersionException e) {
      Notices.error("revisions.stale");
      load();
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public RevisionDetails chosen() {
    return revisions.stream().filter(r -> selected != null && r.number() == selected).findFirst().orElse(null);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ArticleDetails getArticle() {
    return article;
  }

  public List<RevisionDetails> getRevisions() {
    return revisions;
  }

  public Integer getSelected() {
    return selected;
  }

  public void setSelected(Integer selected) {
    this.selected = selected;
    comparison.forget();
  }
}

package org.inkwell.cms.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inkwell.cms.articles.RevisionDetails;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.StaleVersionException;

/**
 * The revisions of an article or page ({@code kind=page} in the address), newest first: each
 * compared with the content that replaced it, and restorable (the restore is itself a new revision).
 */
@Named
@ViewScoped
public class RevisionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContentKinds kinds;

  private String kind;
  private Long id;
  private StoredContent content;
  private List<RevisionDetails> revisions = List.of();
  private Integer selected;
  private final PerRequest<RevisionComparison> comparison = new PerRequest<>();

  public void load() {
    comparison.forget();
    try {
      content = kinds.named(kind).find(id);
      revisions = kinds.named(kind).revisions(id).stream()
          .sorted((a, b) -> Integer.compare(b.number(), a.number()))
          .toList();
      if (selected == null && !revisions.isEmpty()) {
        selected = revisions.get(0).number();
      }
    } catch (ContentNotFoundException e) {
      Notices.error("editor.notFound", noun());
    } catch (AccessDeniedException e) {
      Notices.error("editor.notYours", noun());
    }
  }

  /** The chosen revision against what came after it: the next revision, or the current content. */
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
        ? new ArticleVersion(content.title(), content.body())
        : new ArticleVersion(next.title(), next.body());
    return RevisionDiff.compare(new ArticleVersion(chosen.title(), chosen.body()), newer);
  }

  public void restore() {
    RevisionDetails chosen = chosen();
    try {
      content = kinds.named(kind).restoreRevision(id, chosen.number(), content.version());
      Notices.success("revisions.restored", chosen.number());
      selected = null;
      load();
    } catch (StaleVersionException e) {
      Notices.error("revisions.stale", noun());
      load();
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public RevisionDetails chosen() {
    return revisions.stream().filter(r -> selected != null && r.number() == selected).findFirst().orElse(null);
  }

  /** A text of the admin's bundle that names what is revised as its <code>{0}</code>. */
  public String text(String key) {
    return kinds.named(kind).text(key);
  }

  private String noun() {
    return kinds.named(kind).noun();
  }

  public boolean isPage() {
    return PageEditing.KIND.equals(kind);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public StoredContent getContent() {
    return content;
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

package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.time.Instant;

/**
 * A stand-alone page (About, Contact…): outside the stream of articles, placed in a tree of pages
 * and ordered among its siblings.
 */
@Entity
@DiscriminatorValue(Page.KIND)
@NamedQuery(name = Page.FIND_BY_SLUG, query = "select p from Page p where p.slug = :slug")
public class Page extends Content {

  static final String KIND = "PAGE";

  static final String FIND_BY_SLUG = "Page.findBySlug";

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Page parent;

  @Column(name = "menu_order", nullable = false)
  private int menuOrder;

  protected Page() {}

  Page(User author, Instant createdAt) {
    super(author, createdAt);
  }

  /** {@code null} for a top-level page. */
  public Page getParent() {
    return parent;
  }

  public void setParent(Page parent) {
    this.parent = parent;
  }

  public int getMenuOrder() {
    return menuOrder;
  }

  public void setMenuOrder(int menuOrder) {
    this.menuOrder = menuOrder;
  }
}

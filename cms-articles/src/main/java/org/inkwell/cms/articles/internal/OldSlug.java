package org.inkwell.cms.articles.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A slug an article or page had before, kept so that old links can be redirected to it. */
@Entity
@Table(name = "cms_article_old_slug")
public class OldSlug {

  @Id private String slug;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Content article;

  protected OldSlug() {}

  OldSlug(String slug, Content article) {
    this.slug = slug;
    this.article = article;
  }

  public String getSlug() {
    return slug;
  }

  public Content getArticle() {
    return article;
  }
}

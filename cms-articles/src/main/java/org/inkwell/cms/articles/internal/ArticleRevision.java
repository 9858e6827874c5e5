package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The content an article had before one of its saves. */
@Entity
@Table(name = "cms_article_revision")
@NamedQuery(
    name = ArticleRevision.FIND_BY_ARTICLE,
    query =
        "select r from ArticleRevision r join fetch r.savedBy where r.article.id = :articleId"
            + " order by r.number desc")
@NamedQuery(
    name = ArticleRevision.FIND_BY_NUMBER,
    query = "select r from ArticleRevision r where r.article.id = :articleId and r.number = :number")
public class ArticleRevision {

  static final String FIND_BY_ARTICLE = "ArticleRevision.findByArticle";
  static final String FIND_BY_NUMBER = "ArticleRevision.findByNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Content article;

  @Column(name = "revision_number", nullable = false)
  private int number;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String excerpt;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "saved_by_id")
  private User savedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected ArticleRevision() {}

  ArticleRevision(Content article, int number, ContentSnapshot content) {
    this.article = article;
    this.number = number;
    this.title = content.title();
    this.body = content.body();
    this.excerpt = content.excerpt();
    this.savedBy = content.savedBy();
    this.savedAt = content.savedAt();
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public User getSavedBy() {
    return savedBy;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}

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

/**
 * A user's unsaved editor content of one article or page, or of their article or page not saved
 * yet (one of each kind).
 */
@Entity
@Table(name = "cms_article_autosave")
@NamedQuery(
    name = Autosave.FIND_OF_ARTICLE,
    query = "select s from Autosave s where s.user.id = :userId and s.article.id = :articleId")
@NamedQuery(
    name = Autosave.FIND_OF_NEW_CONTENT,
    query = "select s from Autosave s where s.user.id = :userId and s.kind = :kind and s.article is null")
public class Autosave {

  static final String FIND_OF_ARTICLE = "Autosave.findOfArticle";
  static final String FIND_OF_NEW_CONTENT = "Autosave.findOfNewContent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  /** {@link Article#KIND} or {@link Page#KIND}. */
  @Column(nullable = false, length = 10)
  private String kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "article_id")
  private Content article;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String excerpt;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected Autosave() {}

  /**
   * @param kind {@link Article#KIND} or {@link Page#KIND}
   * @param article {@code null} for content of that kind not saved yet
   */
  Autosave(User user, String kind, Content article) {
    this.user = user;
    this.kind = kind;
    this.article = article;
  }

  public Long getId() {
    return id;
  }

  public Content getArticle() {
    return article;
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

  public Instant getSavedAt() {
    return savedAt;
  }

  void replace(String title, String body, String excerpt, Instant savedAt) {
    this.title = title;
    this.body = body;
    this.excerpt = excerpt;
    this.savedAt = savedAt;
  }
}

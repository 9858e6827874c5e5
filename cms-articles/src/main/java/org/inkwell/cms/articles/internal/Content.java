package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.inkwell.cms.articles.ArticleStatus;

/**
 * What articles and pages share: text, slug, status, author, featured image, SEO fields, and
 * through their own tables revisions, old slugs and autosaves. One table with a {@code kind}
 * column, so that both share one namespace of slugs and every query on {@link Article} sees
 * articles only.
 */
@Entity
@Table(name = "cms_article")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 10)
@NamedQuery(name = Content.FIND_BY_SLUG, query = "select c from Content c where c.slug = :slug")
@NamedQuery(name = Content.FIND_ID_BY_SLUG, query = "select c.id from Content c where c.slug = :slug")
@NamedQuery(name = Content.COUNT_ALL, query = "select count(c) from Content c")
public abstract class Content {

  static final String FIND_BY_SLUG = "Content.findBySlug";
  static final String FIND_ID_BY_SLUG = "Content.findIdBySlug";
  static final String COUNT_ALL = "Content.countAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String excerpt;

  @Column(name = "excerpt_manual")
  private boolean excerptManual;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArticleStatus status;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id")
  private User author;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "updated_by_id")
  private User updatedBy;

  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "featured_image_url")
  private String featuredImageUrl;

  @Column(name = "featured_image_alt")
  private String featuredImageAlt;

  @Embedded private Seo seo = new Seo();

  protected Content() {}

  Content(User author, Instant createdAt) {
    this.author = author;
    this.updatedBy = author;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.status = ArticleStatus.DRAFT;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public boolean isExcerptManual() {
    return excerptManual;
  }

  public void setExcerpt(String excerpt, boolean manual) {
    this.excerpt = excerpt;
    this.excerptManual = manual;
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public void setStatus(ArticleStatus status) {
    this.status = status;
  }

  public User getAuthor() {
    return author;
  }

  public User getUpdatedBy() {
    return updatedBy;
  }

  public Instant getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(Instant publishAt) {
    this.publishAt = publishAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(Instant publishedAt) {
    this.publishedAt = publishedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  void touch(User editor, Instant at) {
    this.updatedBy = editor;
    this.updatedAt = at;
  }

  public String getFeaturedImageUrl() {
    return featuredImageUrl;
  }

  public String getFeaturedImageAlt() {
    return featuredImageAlt;
  }

  public void setFeaturedImage(String url, String alt) {
    this.featuredImageUrl = url;
    this.featuredImageAlt = alt;
  }

  public Seo getSeo() {
    return seo;
  }
}

package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.ArticleStatus;

@Entity
@Table(name = "cms_article")
@NamedQuery(name = Article.FIND_BY_SLUG, query = "select a from Article a where a.slug = :slug")
@NamedQuery(
    name = Article.FIND_DUE,
    query =
        "select a from Article a where a.status = org.inkwell.cms.articles.ArticleStatus.SCHEDULED"
            + " and a.publishAt <= :now order by a.publishAt")
@NamedQuery(name = Article.COUNT_ALL, query = "select count(a) from Article a")
@NamedQuery(name = Article.FIND_ID_BY_SLUG, query = "select a.id from Article a where a.slug = :slug")
@NamedQuery(
    name = Article.FIND_TAGGED_WITH_ANY,
    query = "select distinct a from Article a join a.tags t where t in :tags")
@NamedQuery(
    name = Article.FIND_IN_CATEGORY,
    query =
        "select a from Article a where a.primaryCategory = :category"
            + " or :category member of a.extraCategories")
public class Article {

  static final String FIND_BY_SLUG = "Article.findBySlug";
  static final String FIND_DUE = "Article.findDue";
  static final String COUNT_ALL = "Article.countAll";
  static final String FIND_ID_BY_SLUG = "Article.findIdBySlug";
  static final String FIND_TAGGED_WITH_ANY = "Article.findTaggedWithAny";
  static final String FIND_IN_CATEGORY = "Article.findInCategory";

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

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "primary_category_id")
  private Category primaryCategory;

  @ManyToMany
  @JoinTable(
      name = "cms_article_category",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "category_id"))
  private Set<Category> extraCategories = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "cms_article_tag",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  private Set<Tag> tags = new LinkedHashSet<>();

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

  protected Article() {}

  Article(User author, Instant createdAt) {
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

  public Category getPrimaryCategory() {
    return primaryCategory;
  }

  public void setPrimaryCategory(Category primaryCategory) {
    this.primaryCategory = primaryCategory;
  }

  public Set<Category> getExtraCategories() {
    return extraCategories;
  }

  public Set<Tag> getTags() {
    return tags;
  }

  /**
   * Puts the article in {@code heir} wherever it was in {@code doomed}: as its primary category or
   * as an extra one.
   */
  void replaceCategory(Category doomed, Category heir) {
    boolean wasExtra = extraCategories.removeIf(c -> c.getId().equals(doomed.getId()));
    if (primaryCategory.getId().equals(doomed.getId())) {
      primaryCategory = heir;
      extraCategories.removeIf(c -> c.getId().equals(heir.getId()));
    } else if (wasExtra && !primaryCategory.getId().equals(heir.getId())) {
      extraCategories.add(heir);
    }
  }

  /** Gives the article {@code target} instead of any of the {@code sources} it has. */
  void replaceTags(Collection<Tag> sources, Tag target) {
    Set<Long> sourceIds = sources.stream().map(Tag::getId).collect(Collectors.toSet());
    boolean hadSource = tags.removeIf(t -> sourceIds.contains(t.getId()));
    if (hadSource && tags.stream().noneMatch(t -> t.getId().equals(target.getId()))) {
      tags.add(target);
    }
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

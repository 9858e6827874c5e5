package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A post in the stream: filed under categories and tags, listed, fed and recommended. */
@Entity
@DiscriminatorValue(Article.KIND)
@NamedQuery(name = Article.FIND_BY_SLUG, query = "select a from Article a where a.slug = :slug")
@NamedQuery(
    name = Article.FIND_DUE,
    query =
        "select a from Article a where a.status = org.inkwell.cms.articles.ArticleStatus.SCHEDULED"
            + " and a.publishAt <= :now order by a.publishAt")
@NamedQuery(
    name = Article.FIND_TAGGED_WITH_ANY,
    query = "select distinct a from Article a join a.tags t where t in :tags")
@NamedQuery(
    name = Article.FIND_STICKY_PUBLISHED,
    query =
        "select a.id from Article a where a.sticky = true"
            + " and a.status = org.inkwell.cms.articles.ArticleStatus.PUBLISHED"
            + " order by a.publishedAt desc, a.id desc")
@NamedQuery(
    name = Article.FIND_IN_CATEGORY,
    query =
        "select a from Article a where a.primaryCategory = :category"
            + " or :category member of a.extraCategories")
public class Article extends Content {

  static final String KIND = "ARTICLE";

  static final String FIND_BY_SLUG = "Article.findBySlug";
  static final String FIND_DUE = "Article.findDue";
  static final String FIND_TAGGED_WITH_ANY = "Article.findTaggedWithAny";
  static final String FIND_IN_CATEGORY = "Article.findInCategory";
  static final String FIND_STICKY_PUBLISHED = "Article.findStickyPublished";

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

  /** Shown first on the home page, as WordPress shows its sticky posts. */
  @Column(nullable = false)
  private boolean sticky;

  protected Article() {}

  Article(User author, Instant createdAt) {
    super(author, createdAt);
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

  public boolean isSticky() {
    return sticky;
  }

  public void setSticky(boolean sticky) {
    this.sticky = sticky;
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
}

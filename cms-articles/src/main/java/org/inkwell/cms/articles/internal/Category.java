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
import jakarta.persistence.Version;

@Entity
@Table(name = "cms_category")
@NamedQuery(name = Category.FIND_BY_SLUG, query = "select c from Category c where c.slug = :slug")
@NamedQuery(name = Category.FIND_ALL, query = "select c from Category c order by c.name")
public class Category {

  static final String FIND_BY_SLUG = "Category.findBySlug";
  static final String FIND_ALL = "Category.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String name;

  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Category parent;

  protected Category() {}

  Category(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Category getParent() {
    return parent;
  }

  public void setParent(Category parent) {
    this.parent = parent;
  }

  /** Whether this category is {@code candidate} itself or one of its ancestors. */
  boolean isSelfOrAncestorOf(Category candidate) {
    for (Category c = candidate; c != null; c = c.getParent()) {
      if (c.getId() != null && c.getId().equals(id)) {
        return true;
      }
    }
    return false;
  }
}

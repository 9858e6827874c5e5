package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "cms_tag")
@NamedQuery(name = Tag.FIND_BY_SLUGS, query = "select t from Tag t where t.slug in :slugs")
@NamedQuery(name = Tag.FIND_ALL, query = "select t from Tag t order by t.name")
public class Tag {

  static final String FIND_BY_SLUGS = "Tag.findBySlugs";
  static final String FIND_ALL = "Tag.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String name;

  protected Tag() {}

  Tag(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }
}

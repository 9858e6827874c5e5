package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

@Entity
@Table(name = "cms_tag")
@NamedQuery(name = Tag.FIND_BY_SLUGS, query = "select t from Tag t where t.slug in :slugs")
@NamedQuery(name = Tag.FIND_ALL, query = "select t from Tag t order by t.name")
@NamedQuery(name = Tag.FIND_BY_NAME_KEYS, query = "select t from Tag t where lower(t.name) in :keys")
public class Tag {

  static final String FIND_BY_SLUGS = "Tag.findBySlugs";
  static final String FIND_ALL = "Tag.findAll";
  static final String FIND_BY_NAME_KEYS = "Tag.findByNameKeys";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String name;

  protected Tag() {}

  /** What tag names are compared by: case and surrounding white space do not count. */
  static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

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

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}

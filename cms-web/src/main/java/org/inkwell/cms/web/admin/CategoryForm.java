package org.inkwell.cms.web.admin;

import java.io.Serializable;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.CategoryInput;

/** The fields of a category being added or changed. */
public class CategoryForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String slug;
  private String parent;
  private String description;

  static CategoryForm of(CategoryDetails c) {
    CategoryForm form = new CategoryForm();
    form.name = c.name();
    form.slug = c.slug();
    form.parent = c.parent();
    form.description = c.description();
    return form;
  }

  CategoryInput toInput() {
    return new CategoryInput(name, slug, description, parent == null ? "" : parent);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}

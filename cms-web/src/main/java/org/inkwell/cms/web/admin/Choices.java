package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.TagDetails;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.articles.UserService;

/** Options of the admin's select boxes: categories as an indented tree, tags, authors. */
@Named
@RequestScoped
public class Choices {

  @Inject TaxonomyService taxonomy;
  @Inject UserService users;
  @Inject SignedInUser me;

  private List<SelectItem> categories;
  private List<TagDetails> tags;
  private List<SelectItem> authors;

  /** Every category, children under their parent and indented, labelled by name. */
  public List<SelectItem> getCategories() {
    if (categories == null) {
      List<CategoryDetails> all = taxonomy.categories();
      Map<String, List<CategoryDetails>> byParent = all.stream()
          .collect(Collectors.groupingBy(c -> c.parent() == null ? "" : c.parent()));
      categories = new ArrayList<>();
      addChildren("", 0, byParent, categories);
    }
    return categories;
  }

  public List<TagDetails> getTags() {
    if (tags == null) {
      tags = taxonomy.tags();
    }
    return tags;
  }

  /** Administrators filter by anyone; others by themselves (they may not list users). */
  public List<SelectItem> getAuthors() {
    if (authors == null) {
      authors = me.isAdmin()
          ? users.list(me.actor()).stream().map(u -> new SelectItem(u.login(), u.name())).toList()
          : List.of(new SelectItem(me.getLogin(), Notices.text("articles.filter.mine")));
    }
    return authors;
  }

  private static void addChildren(String parent, int depth, Map<String, List<CategoryDetails>> byParent, List<SelectItem> into) {
    for (CategoryDetails c : byParent.getOrDefault(parent, List.of())) {
      into.add(new SelectItem(c.slug(), "\u00A0\u00A0".repeat(depth) + c.name()));
      addChildren(c.slug(), depth + 1, byParent, into);
    }
  }
}

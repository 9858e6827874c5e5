package org.inkwell.cms.web.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inkwell.cms.articles.CategoryDetails;

/** The category tree as the public pages walk it: menus, breadcrumbs, archives with subcategories. */
final class Categories {

  private final Map<String, CategoryDetails> bySlug = new LinkedHashMap<>();

  Categories(List<CategoryDetails> all) {
    all.forEach(c -> bySlug.put(c.slug(), c));
  }

  Optional<CategoryDetails> find(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  List<CategoryDetails> topLevel() {
    return bySlug.values().stream().filter(c -> c.parent() == null).toList();
  }

  List<CategoryDetails> children(String slug) {
    return bySlug.values().stream().filter(c -> slug.equals(c.parent())).toList();
  }

  /** The category and all below it: its archive lists their articles too, as WordPress does. */
  Set<String> subtree(String slug) {
    Set<String> found = new LinkedHashSet<>();
    List<String> next = new ArrayList<>(List.of(slug));
    while (!next.isEmpty()) {
      String s = next.remove(0);
      if (found.add(s)) {
        children(s).forEach(c -> next.add(c.slug()));
      }
    }
    return found;
  }

  /** From the top-level category down to this one. */
  List<CategoryDetails> path(String slug) {
    List<CategoryDetails> path = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (CategoryDetails c = bySlug.get(slug); c != null && seen.add(c.slug()); c = bySlug.get(c.parent())) {
      path.add(0, c);
      if (c.parent() == null) {
        break;
      }
    }
    return path;
  }
}

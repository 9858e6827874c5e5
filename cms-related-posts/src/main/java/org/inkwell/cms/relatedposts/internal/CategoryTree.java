package org.inkwell.cms.relatedposts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inkwell.cms.core.spi.CategoryNode;

/** The category tree: names, parents, and how close two categories are. */
final class CategoryTree {

  /** How one category stands to another, closest first. */
  enum Relation {
    SAME(1.0),
    PARENT(0.7),
    CHILD(0.7),
    SIBLING(0.6),
    SHARED(0.5),
    COUSIN(0.3),
    NONE(0.0);

    final double closeness;

    Relation(double closeness) {
      this.closeness = closeness;
    }
  }

  private final Map<String, CategoryNode> bySlug = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();

  CategoryTree(List<CategoryNode> nodes) {
    nodes.forEach(n -> bySlug.put(n.slug(), n));
    nodes.stream()
        .filter(n -> n.parentSlug() != null)
        .forEach(n -> children.computeIfAbsent(n.parentSlug(), k -> new ArrayList<>()).add(n.slug()));
  }

  List<String> children(String slug) {
    return children.getOrDefault(slug, List.of());
  }

  String name(String slug) {
    CategoryNode node = bySlug.get(slug);
    return node == null ? slug : node.name();
  }

  String parent(String slug) {
    CategoryNode node = bySlug.get(slug);
    return node == null ? null : node.parentSlug();
  }

  /** The relation of category {@code other} to category {@code from}. */
  Relation relation(String from, String other) {
    if (from.equals(other)) {
      return Relation.SAME;
    }
    String fromParent = parent(from);
    String otherParent = parent(other);
    if (other.equals(fromParent)) {
      return Relation.PARENT;
    }
    if (from.equals(otherParent)) {
      return Relation.CHILD;
    }
    if (fromParent != null && fromParent.equals(otherParent)) {
      return Relation.SIBLING;
    }
    if (fromParent != null && otherParent != null && Objects.equals(parent(fromParent), parent(otherParent))
        && parent(fromParent) != null) {
      return Relation.COUSIN;
    }
    return Relation.NONE;
  }
}

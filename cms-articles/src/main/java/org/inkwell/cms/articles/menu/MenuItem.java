package org.inkwell.cms.articles.menu;

import java.util.List;

/**
 * An item as arranged: a label, what it opens and, for a top-level item, the items under it.
 *
 * @param url where it leads readers now; {@code null} when its target is not public (the public
 *     site leaves it out then). Ignored on input, where the target says it.
 */
public record MenuItem(String label, MenuTarget target, String url, List<MenuItem> children) {

  public MenuItem {
    children = children == null ? List.of() : List.copyOf(children);
  }

  public MenuItem(String label, MenuTarget target, List<MenuItem> children) {
    this(label, target, null, children);
  }
}

package org.inkwell.cms.articles.menu;

import java.util.List;

/** A menu item readers can follow, with the ones under it. */
public record MenuLink(String label, String url, List<MenuLink> children) {

  public MenuLink {
    children = List.copyOf(children);
  }
}

package org.inkwell.cms.articles.menu;

import java.util.Locale;
import java.util.Optional;

/** Where on every page a menu shows. */
public enum MenuLocation {
  HEADER,
  FOOTER;

  /** The name in addresses and JSON: {@code header}, {@code footer}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MenuLocation> of(String id) {
    for (MenuLocation l : values()) {
      if (l.id().equals(id)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}

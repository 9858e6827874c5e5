package org.inkwell.cms.articles.menu;

import java.util.Locale;

/**
 * What a menu item opens: content of the site by id, or an address.
 *
 * @param id the content's id; {@code null} for {@link Kind#URL}
 * @param url the address for {@link Kind#URL}, else {@code null}
 */
public record MenuTarget(Kind kind, Long id, String url) {

  /** The kinds of target, named in JSON by {@link #key()}. */
  public enum Kind {
    PAGE,
    CATEGORY,
    ARTICLE,
    TAG,
    URL;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static MenuTarget address(String url) {
    return new MenuTarget(Kind.URL, null, url);
  }

  public static MenuTarget of(Kind kind, long id) {
    return new MenuTarget(kind, id, null);
  }
}

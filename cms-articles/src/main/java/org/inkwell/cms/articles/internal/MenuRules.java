package org.inkwell.cms.articles.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.inkwell.cms.articles.menu.MenuItem;
import org.inkwell.cms.articles.menu.MenuService;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.menu.MenuTarget.Kind;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.StoredText;

/** What a menu may hold: labelled items with one valid target each, nested one level, 50 at most. */
final class MenuRules {

  static final int MAX_LABEL = 100;
  static final int MAX_URL = 2000;

  private MenuRules() {}

  /**
   * The items with their labels trimmed.
   *
   * @param exists whether content of this kind has this id (in any status: a draft is left out of
   *     the public menu until it is published)
   * @throws InvalidInputException naming every bad item
   */
  static List<MenuItem> checked(List<MenuItem> items, BiPredicate<Kind, Long> exists) {
    List<FieldError> errors = new ArrayList<>();
    int count = items.stream().mapToInt(i -> 1 + i.children().size()).sum();
    if (count > MenuService.MAX_ITEMS) {
      errors.add(new FieldError("items", "must hold at most " + MenuService.MAX_ITEMS + " items, children included (has " + count + ")"));
    }
    List<MenuItem> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String field = "items[" + i + "]";
      MenuItem item = items.get(i);
      List<MenuItem> children = new ArrayList<>();
      for (int j = 0; j < item.children().size(); j++) {
        MenuItem child = item.children().get(j);
        String childField = field + ".children[" + j + "]";
        if (!child.children().isEmpty()) {
          errors.add(new FieldError(childField + ".children", "menus nest one level: an item under another has no items under it"));
        }
        children.add(checkedItem(child, childField, List.of(), exists, errors));
      }
      result.add(checkedItem(item, field, children, exists, errors));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return result;
  }

  private static MenuItem checkedItem(
      MenuItem item, String field, List<MenuItem> children, BiPredicate<Kind, Long> exists, List<FieldError> errors) {
    String label = item.label() == null ? "" : item.label().strip();
    if (label.isEmpty() || label.length() > MAX_LABEL) {
      errors.add(new FieldError(field + ".label", "must have 1 to " + MAX_LABEL + " characters"));
    }
    StoredText.checkLine(errors, field + ".label", label);
    MenuTarget target = item.target();
    if (target == null) {
      errors.add(new FieldError(field, "must name one target: url, page, category, article or tag"));
    } else if (target.kind() == Kind.URL) {
      String problem = urlProblem(target.url());
      if (problem != null) {
        errors.add(new FieldError(field + ".url", problem));
      }
    } else if (!exists.test(target.kind(), target.id())) {
      errors.add(new FieldError(field + "." + target.kind().key(), "is no " + target.kind().key() + " of this site (id " + target.id() + ")"));
    }
    return new MenuItem(label, target, children);
  }

  /** Only addresses a reader's browser opens as a page: http(s), or a path of this site. */
  static String urlProblem(String url) {
    if (url == null || url.isBlank()) {
      return "must not be blank";
    }
    if (url.length() > MAX_URL) {
      return "must have at most " + MAX_URL + " characters";
    }
    if (url.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == 0x7f)) {
      return "must not contain spaces, control characters or backslashes";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "is not a valid address";
    }
    if (uri.getScheme() == null) {
      return url.startsWith("/") && !url.startsWith("//") ? null : "must start with http://, https:// or / (an address of this site)";
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "must be an http(s) address or an address of this site, not " + scheme + ":";
    }
    return uri.getHost() == null ? "must name a host, e.g. https://example.com/" : null;
  }
}

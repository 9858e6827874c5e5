package org.inkwell.cms.articles.wordpress.wxr;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkwell.cms.articles.wordpress.OldAddress;

/**
 * The addresses readers may have for an item of a WordPress site: its permalink ({@code <link>}) on
 * its host, and below the site's own path when WordPress lived in a folder; {@code /?p={id}} (and
 * {@code /?page_id={id}} for pages); for posts the default date and numeric permalinks WordPress
 * also answers ({@code /2019/05/04/slug/}, {@code /2019/05/slug/}, {@code /archives/{id}/}); for
 * categories and tags their archives, a subcategory's under its parents' slugs as WordPress writes
 * it ({@code /category/outdoors/trail-running/}).
 */
public final class OldAddresses {

  private static final Pattern URL = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://[^/?#]*([^?#]*)(?:\\?([^#]*))?.*$");
  private static final Pattern PLAIN_PERMALINK = Pattern.compile("(?:^|&)(p|page_id)=([0-9]+)(?:&|$)");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2}) .*");

  private OldAddresses() {}

  /**
   * @param site the file's site address ({@link WxrReader#site()})
   */
  public static List<String> of(WxrItem item, String site) {
    Set<String> addresses = new LinkedHashSet<>();
    boolean page = item.postType().equals("page");
    String id = item.id().strip();
    if (!id.isEmpty() && id.matches("[0-9]+")) {
      addresses.add(OldAddress.post(id));
      if (page) {
        addresses.add(OldAddress.page(id));
      }
    }
    addLink(addresses, item.link(), sitePath(site));
    String slug = decoded(item.postName().strip());
    if (!page && !slug.isEmpty()) {
      Matcher date = DATE.matcher(item.postDate().strip());
      if (date.matches() && !date.group(1).equals("0000")) {
        add(addresses, "/" + date.group(1) + "/" + date.group(2) + "/" + date.group(3) + "/" + slug + "/");
        add(addresses, "/" + date.group(1) + "/" + date.group(2) + "/" + slug + "/");
      }
    }
    if (!page && !id.isEmpty() && id.matches("[0-9]+")) {
      add(addresses, "/archives/" + id + "/");
    }
    return List.copyOf(addresses);
  }

  /**
   * A category's or tag's archives.
   *
   * @param parentPath a category's parents' WordPress slugs as a path ({@code outdoors/trail-running});
   *     {@code null} when they are not known, which takes its parent's slug alone
   */
  public static List<String> of(WxrTerm term, String parentPath) {
    parentPath = parentPath(term, parentPath);
    String slug = decoded(term.slug().strip());
    if (slug.isEmpty()) {
      return List.of();
    }
    Set<String> addresses = new LinkedHashSet<>();
    if (term.taxonomy().equals(WxrTerm.CATEGORY)) {
      add(addresses, "/category/" + (parentPath.isEmpty() ? "" : parentPath + "/") + slug + "/");
      add(addresses, "/category/" + slug + "/");
    } else if (term.taxonomy().equals(WxrTerm.TAG)) {
      add(addresses, "/tag/" + slug + "/");
    }
    return List.copyOf(addresses);
  }

  /** A category's path of WordPress slugs below {@code /category/}, for its children's addresses. */
  public static String categoryPath(WxrTerm term, String parentPath) {
    parentPath = parentPath(term, parentPath);
    String slug = decoded(term.slug().strip());
    return parentPath.isEmpty() ? slug : parentPath + "/" + slug;
  }

  private static String parentPath(WxrTerm term, String known) {
    if (known != null) {
      return known;
    }
    return term.parentSlug().isBlank() ? "" : decoded(term.parentSlug().strip());
  }

  private static void addLink(Set<String> addresses, String link, String sitePath) {
    Matcher m = URL.matcher(link.strip());
    if (!m.matches()) {
      return;
    }
    String path = decoded(m.group(1));
    String query = m.group(2);
    if ((path.isEmpty() || path.equals("/") || path.equals("/index.php")) && query != null) {
      Matcher plain = PLAIN_PERMALINK.matcher(query);
      if (plain.find()) {
        addresses.add(plain.group(1).equals("p") ? OldAddress.post(plain.group(2)) : OldAddress.page(plain.group(2)));
      }
      return;
    }
    add(addresses, path);
    if (!sitePath.isEmpty() && path.startsWith(sitePath + "/")) {
      add(addresses, path.substring(sitePath.length()));
    }
  }

  /** The path of the site's address without its trailing slash: {@code /blog}, or {@code ""} at the root. */
  private static String sitePath(String site) {
    Matcher m = URL.matcher(site == null ? "" : site.strip());
    if (!m.matches()) {
      return "";
    }
    return decoded(m.group(1)).replaceAll("/+$", "");
  }

  private static void add(Set<String> addresses, String path) {
    OldAddress.ofPath(path).ifPresent(addresses::add);
  }

  /** Percent-decoded as a path: a {@code +} stays a plus. */
  private static String decoded(String encoded) {
    try {
      return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEncoding) {
      return encoded;
    }
  }
}

package org.inkwell.cms.articles.wordpress;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one written form of an address an imported site used, for storing it on import and for
 * finding it again when a reader asks for it: a decoded path with one leading slash, no empty
 * segments, and a trailing slash unless its last segment names a file ({@code /feed.xml}), as
 * WordPress answers with or without it; or {@code /?p={id}} and {@code /?page_id={id}}, the
 * addresses of WordPress's plain permalinks.
 */
public final class OldAddress {

  /** Longer addresses are not kept: no WordPress permalink is that long. */
  public static final int MAX_LENGTH = 500;

  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");
  private static final Pattern SLASHES = Pattern.compile("/{2,}");

  private OldAddress() {}

  /** The address of a decoded path, or empty for the site's root, which is never an old address. */
  public static Optional<String> ofPath(String decodedPath) {
    if (decodedPath == null) {
      return Optional.empty();
    }
    String path = SLASHES.matcher("/" + decodedPath.strip()).replaceAll("/");
    if (path.equals("/")) {
      return Optional.empty();
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (!path.endsWith("/") && !last.contains(".")) {
      path = path + "/";
    }
    return path.length() <= MAX_LENGTH ? Optional.of(path) : Optional.empty();
  }

  /**
   * The address of a plain permalink: {@code /?p={id}} (a post, or a page) and {@code
   * /?page_id={id}} on the root or {@code /index.php}, else empty.
   *
   * @param p the {@code p} parameter, {@code pageId} the {@code page_id} one; {@code null} when absent
   */
  public static Optional<String> ofQuery(String path, String p, String pageId) {
    if (!(path.equals("/") || path.equals("/index.php"))) {
      return Optional.empty();
    }
    if (p != null && ID.matcher(p.strip()).matches()) {
      return Optional.of(post(p.strip()));
    }
    if (pageId != null && ID.matcher(pageId.strip()).matches()) {
      return Optional.of(page(pageId.strip()));
    }
    return Optional.empty();
  }

  /** {@code /?p={id}}: WordPress's address of every post and page by its id. */
  public static String post(String id) {
    return "/?p=" + id;
  }

  /** {@code /?page_id={id}}: WordPress's address of a page by its id. */
  public static String page(String id) {
    return "/?page_id=" + id;
  }
}

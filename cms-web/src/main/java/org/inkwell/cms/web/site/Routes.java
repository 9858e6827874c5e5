package org.inkwell.cms.web.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.Slug;

/** Parses public paths into routes, WordPress style: {@code /{slug}/}, {@code /category/{slug}/page/2/}. */
final class Routes {

  private static final Pattern PAGED =
      Pattern.compile("/(?:(category|tag|author)/([^/]+)/)?(?:page/([0-9]{1,9})/)?");
  private static final Pattern FEED = Pattern.compile("/(?:category/([^/]+)/)?feed/(atom/)?");
  private static final Pattern SITEMAP_PART = Pattern.compile("/sitemap-articles-([0-9]{1,6})\\.xml");
  private static final Pattern SINGLE = Pattern.compile("/([^/]+)/");
  private static final Pattern NESTED = Pattern.compile("/((?:[^/]+/){2,})");
  /** First segments of the site's own addresses, which no page can have (its slug is refused). */
  private static final java.util.Set<String> OWN_PREFIXES = java.util.Set.of("author", "category", "feed", "page", "tag");
  private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,59}");
  private static final int MAX_QUERY_CHARS = 200;

  private Routes() {}

  /**
   * @param path the decoded request path, starting with {@code /}
   * @param query the {@code q} parameter for {@code /search}, else ignored
   * @param page the {@code page} parameter for {@code /search}
   */
  static Route parse(String path, String query, String page) {
    if (path.equals("/search") || path.equals("/search/")) {
      return new Route.Search(trimmed(query), searchPage(page));
    }
    if (path.equals("/robots.txt")) {
      return new Route.Robots();
    }
    if (path.equals("/sitemap.xml")) {
      return new Route.SitemapIndex();
    }
    if (path.equals("/sitemap-archives.xml")) {
      return new Route.SitemapArchives();
    }
    if (path.equals("/sitemap-pages.xml")) {
      return new Route.SitemapPages();
    }
    Matcher m = SITEMAP_PART.matcher(path);
    if (m.matches()) {
      int part = Integer.parseInt(m.group(1));
      return part >= 1 ? new Route.SitemapArticles(part) : new Route.NotFound();
    }
    if (!path.endsWith("/") && !path.substring(path.lastIndexOf('/') + 1).contains(".")) {
      // "/how-to-pop-lower-back" is the article: one address per page, as WordPress does.
      Route withSlash = parse(path + "/", query, page);
      if (withSlash instanceof Route.NotFound || withSlash instanceof Route.Canonical) {
        return withSlash;
      }
      return new Route.Canonical(path + "/");
    }
    if ((m = FEED.matcher(path)).matches()) {
      Route.Feed.Format format = m.group(2) == null ? Route.Feed.Format.RSS : Route.Feed.Format.ATOM;
      String category = m.group(1);
      return category == null || Slug.isValid(category) ? new Route.Feed(format, category) : new Route.NotFound();
    }
    if ((m = PAGED.matcher(path)).matches()) {
      return paged(m.group(1), m.group(2), m.group(3));
    }
    if ((m = SINGLE.matcher(path)).matches() && Slug.isValid(m.group(1))) {
      return new Route.Article(m.group(1));
    }
    if ((m = NESTED.matcher(path)).matches()) {
      String pagePath = m.group(1).substring(0, m.group(1).length() - 1);
      String[] slugs = pagePath.split("/");
      boolean valid = java.util.Arrays.stream(slugs).allMatch(Slug::isValid) && !OWN_PREFIXES.contains(slugs[0]);
      return valid ? new Route.Page(pagePath) : new Route.NotFound();
    }
    return new Route.NotFound();
  }

  private static Route paged(String kind, String slug, String pageNumber) {
    int page = pageNumber == null ? 1 : Integer.parseInt(pageNumber);
    if (page < 1 || page > PageRequest.MAX_PAGE) {
      return new Route.NotFound();
    }
    if (kind != null && !(kind.equals("author") ? LOGIN.matcher(slug).matches() : Slug.isValid(slug))) {
      return new Route.NotFound();
    }
    if (pageNumber != null && page == 1) {
      return new Route.Canonical(kind == null ? "/" : "/" + kind + "/" + slug + "/");
    }
    if (kind == null) {
      return new Route.Home(page);
    }
    return switch (kind) {
      case "category" -> new Route.Category(slug, page);
      case "tag" -> new Route.Tag(slug, page);
      default -> new Route.Author(slug, page);
    };
  }

  private static String trimmed(String query) {
    if (query == null) {
      return "";
    }
    String q = query.strip().replaceAll("\\s+", " ");
    return q.length() <= MAX_QUERY_CHARS ? q : q.substring(0, MAX_QUERY_CHARS);
  }

  /** Bad page numbers in a search link show its first page rather than an error. */
  private static int searchPage(String page) {
    try {
      int n = page == null ? 1 : Integer.parseInt(page.strip());
      return n >= 1 && n <= PageRequest.MAX_PAGE ? n : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
